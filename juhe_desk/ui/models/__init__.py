"""Table models over the store: a lazy, paged base and the tables built on it."""

from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel

__all__ = ["DISPLAY", "SORT_ROLE", "PagedQuery", "PagedTableModel"]
