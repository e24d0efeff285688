"""Every table model of the app, each fed plain values: ``data()`` never reads the store.

The big history tables are ``PagedTableModel``s: their rows (with whatever they show beside
them, such as campaign names) are read a page at a time in the task runner. The others are
given their rows: the import preview (a CheckedRows) and the invalid entries of the
recipients box. Each has column constants, answers ``SORT_ROLE`` with native values (message
ids stay text: Qt cuts integers to 32 bits), resets on a bulk load and signals a one-column
change for that column alone.
"""

from juhe_desk.ui.models.paged_table import DISPLAY, SORT_ROLE, PagedQuery, PagedTableModel

__all__ = ["DISPLAY", "SORT_ROLE", "PagedQuery", "PagedTableModel"]
