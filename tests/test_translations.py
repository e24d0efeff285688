"""The translation files are complete, keep every placeholder, and match the code and the .qm.

When one of these fails after you added or changed a string: run
``.venv/bin/python packaging/update_translations.py``, translate what it lists in
``resources/i18n/juhe_desk_zh_CN.ts`` (by hand or with ``.venv/bin/pyside6-linguist``), and run
the script again.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIX = ("run `.venv/bin/python packaging/update_translations.py`, translate what it lists in "
       "resources/i18n/juhe_desk_zh_CN.ts, then run it again")


def _load_script() -> ModuleType:
    # packaging/ is not a package (and its name would shadow PyPI's ``packaging``).
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()
LANGUAGES: tuple[str, ...] = script.LANGUAGES


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translation_type: str | None
    forms: tuple[str, ...]  # the translation, or each numerus form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def messages(ts: Path) -> Iterator[Message]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            if translation is not None:
                numerus_forms = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus_forms) or (translation.text or "",)
            yield Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                          message.get("numerus") == "yes",
                          None if translation is None else translation.get("type"), forms)


# --- placeholders ------------------------------------------------------------------------
QT_PLACEHOLDER = re.compile(r"%L?(?:n|\d)|%[vmp]")
ACCELERATOR = re.compile(r"&[^&\s]")


def placeholders(text: str) -> Counter[str]:
    """``{name}`` fields of str.format (with their format spec) and Qt's %n, %Ln, %1, %v, %m, %p."""
    found: Counter[str] = Counter(QT_PLACEHOLDER.findall(text))
    for _literal, field, spec, conversion in string.Formatter().parse(text):
        if field is not None:
            found[f"{{{field}{'!' + conversion if conversion else ''}"
                  f"{':' + spec if spec else ''}}}"] += 1
    return found


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def test_placeholders_are_recognised() -> None:
    assert placeholders("Sending… {accepted} accepted, %n left, {rate:.1f}%") == Counter(
        {"{accepted}": 1, "%n": 1, "{rate:.1f}": 1})
    assert placeholders("Insert {{{name}}} and %Ln, %v of %m") == Counter(
        {"{name}": 1, "%Ln": 1, "%v": 1, "%m": 1})
    assert accelerators("文件(&F)") == 1
    assert accelerators("R && D") == 0


def test_module_helpers_are_read() -> None:
    source = ('from juhe_desk.ui.i18n import translator_for\n'
              '_tr = translator_for("Ctx")\n'
              'other = len("x")\n'
              '\n'
              'HEADERS = (_tr("Number"),\n'
              '           _tr("Time"), _tr(variable))\n')
    assert script.helper_calls(source) == [(5, "Ctx", "Number"), (6, "Ctx", "Time")]


# --- the .ts files -----------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    ts = script.ts_path(language)
    assert ts.is_file(), f"{ts} is missing: {FIX}"
    waiting = [m.source for m in messages(ts)
               if m.translation_type in ("unfinished", "vanished", "obsolete")
               or not m.forms or not all(form.strip() for form in m.forms)]
    assert not waiting, (f"{len(waiting)} string(s) of {ts.name} are not translated: {FIX}:\n"
                         + "\n".join(f"  {text!r}" for text in waiting))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    problems = []
    for message in messages(script.ts_path(language)):
        expected = placeholders(message.source)
        for form in message.forms:
            if not form:
                continue  # reported by test_every_string_is_translated
            got = placeholders(form)
            if got != expected:
                missing = sorted((expected - got).elements())
                foreign = sorted((got - expected).elements())
                problems.append(f"{message.context}: {message.source!r} -> {form!r}: "
                                f"missing {missing}, foreign {foreign}")
            if accelerators(message.source) and accelerators(form) != 1:
                problems.append(f"{message.context}: {message.source!r} -> {form!r}: "
                                "the keyboard accelerator (&) is lost or doubled")
            for edge in (str.startswith, str.endswith):
                if edge(message.source, " ") != edge(form, " "):
                    problems.append(f"{message.context}: {message.source!r} -> {form!r}: "
                                    "leading/trailing space differs (spin-box suffixes need it)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_numerus_forms_fit_the_language(language: str) -> None:
    # Chinese has one plural form, English two; lupdate writes as many as the language has.
    wanted = {"zh_CN": 1, "en": 2}[language]
    wrong = [m.source for m in messages(script.ts_path(language))
             if m.numerus and len(m.forms) != wanted]
    assert not wrong, f"numerus messages without {wanted} form(s): {wrong}: {FIX}"


def test_ts_files_hold_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    copies = []
    for language in LANGUAGES:
        copy = script.ts_path(language, tmp_path)
        shutil.copy(script.ts_path(language), copy)
        copies.append(copy)
    script.lupdate(copies)
    for language, copy in zip(LANGUAGES, copies, strict=True):
        committed = {m.key for m in messages(script.ts_path(language))}
        current = {m.key for m in messages(copy)}
        new = sorted(current - committed)
        gone = sorted(committed - current)
        assert not new and not gone, (
            f"juhe_desk_{language}.ts is out of step with the code: {FIX}.\n"
            + "".join(f"  new in the code: {c}: {s!r}\n" for c, s, _ in new)
            + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s, _ in gone))


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    committed = script.qm_path(language)
    assert committed.is_file(), f"{committed} is missing: {FIX}"
    fresh = tmp_path / committed.name
    script.lrelease(script.ts_path(language), fresh)
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.relative_to(ROOT)} is not what lrelease makes from "
        f"{script.ts_path(language).name}: {FIX}")
