"""Changing a template's fields in place, as the import tab's one-click fixes do: a default
for every use of a field, a field renamed to the header it likely meant; and what may be
written in a field."""

from __future__ import annotations

from juhe_desk.domain.templates import compile_template


def with_default(template: str, field: str, default: str) -> str:
    """``template`` with ``default`` given to every use of ``field`` that has none:
    ``with_default("{姓名}您好", "姓名", "顾客")`` is ``"{姓名|顾客}您好"``. The one-click
    "use this default for all" of the pre-send check. Raises ValueError for a default that
    cannot be written in a field (braces)."""
    if not is_valid_default(default):
        raise ValueError(f"a default cannot hold braces: {default!r}")
    out: list[str] = []
    done = 0
    for placeholder in compile_template(template).placeholders:
        if placeholder.name == field and placeholder.default is None:
            inner_end = placeholder.end - 1  # the closing brace
            out.append(template[done:inner_end].rstrip())
            out.append(f"|{default.strip()}")
            done = inner_end
    out.append(template[done:])
    return "".join(out)


def rename_field(template: str, field: str, name: str) -> str:
    """``template`` with every use of ``field`` naming ``name`` instead, defaults kept:
    ``rename_field("{地址|到店自取}", "地址", "收货地址")`` is ``"{收货地址|到店自取}"``. The
    click on a header the import tab suggests ("是 {收货地址} 吗？"). Raises ValueError for a
    name that cannot be written in a field (see ``is_field_name``)."""
    if not is_field_name(name):
        raise ValueError(f"not a field name: {name!r}")
    out: list[str] = []
    done = 0
    for placeholder in compile_template(template).placeholders:
        if placeholder.name == field:
            _, bar, default = template[placeholder.start + 1:placeholder.end - 1].partition("|")
            out.append(template[done:placeholder.start])
            out.append(f"{{{name.strip()}{bar}{default}}}")
            done = placeholder.end
    out.append(template[done:])
    return "".join(out)


def is_field_name(name: str) -> bool:
    """Whether ``name`` can be written between braces as a field: not blank, and no brace
    or bar (a bar starts the default)."""
    return bool(name.strip()) and not any(ch in name for ch in "{}|")


def is_valid_default(default: str) -> bool:
    """Whether ``default`` can follow the bar of a field (it holds no brace)."""
    return "{" not in default and "}" not in default
