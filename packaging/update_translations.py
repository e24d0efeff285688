"""Refresh the translations: source strings -> resources/i18n/*.ts -> compiled .qm files.

Run after adding or changing any user-visible string, and after editing a .ts file:

    .venv/bin/python packaging/update_translations.py

It runs ``pyside6-lupdate`` over every .py under ``juhe_desk/`` into
``juhe_desk_zh_CN.ts`` and ``juhe_desk_en.ts`` (existing translations are kept, strings that
left the code are dropped), fills the English file with the source text itself (the sources
are English), and compiles both with ``pyside6-lrelease`` into the .qm files the app and the
bundle load. Chinese is translated in ``juhe_desk_zh_CN.ts`` itself, by hand or with
``.venv/bin/pyside6-linguist``; new strings arrive there marked unfinished and
``tests/test_translations.py`` fails until they are translated and this script has run again.

lupdate reads ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``translate("Context", "…")``. It cannot read the module helper several of our modules use,
``_tr = translator_for("Context")`` (``juhe_desk/ui/i18n.py``), so their calls are copied into
stand-in files (same relative path, same line) that lupdate reads as well.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "juhe_desk"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"juhe_desk_{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"juhe_desk_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` from the venv running this script, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run packaging/setup.sh first")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


# --- module helpers lupdate cannot read --------------------------------------------------
def _helper_context(node: ast.stmt) -> tuple[str, str] | None:
    """(name, context) of ``_tr = translator_for("Ctx")``."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)):
        return None
    call = node.value
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and call.func.id == "translator_for" and len(call.args) == 1
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
        return node.targets[0].id, call.args[0].value
    return None


def helper_calls(source: str) -> list[tuple[int, str, str]]:
    """(line, context, text) of every literal call of a module's translate helpers."""
    tree = ast.parse(source)
    helpers = dict(filter(None, (_helper_context(node) for node in tree.body)))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append((node.lineno, helpers[node.func.id], node.args[0].value))
    return sorted(found)


def write_stand_ins(files: Iterable[Path], folder: Path) -> list[Path]:
    """For each file with helper calls, a file under ``folder`` (same relative path) with
    ``QCoreApplication.translate("Context", "text")`` on the same lines."""
    written = []
    for path in files:
        calls = helper_calls(path.read_text(encoding="utf-8"))
        if not calls:
            continue
        lines: dict[int, list[str]] = {}
        for line, context, text in calls:
            lines.setdefault(line, []).append(
                f"QCoreApplication.translate({json.dumps(context, ensure_ascii=False)}, "
                f"{json.dumps(text, ensure_ascii=False)})")
        stand_in = folder / path.relative_to(ROOT)
        stand_in.parent.mkdir(parents=True, exist_ok=True)
        body = [" ; ".join(lines.get(n, [])) for n in range(1, max(lines) + 1)]
        stand_in.write_text("\n".join(body) + "\n", encoding="utf-8")
        written.append(stand_in)
    return written


# --- lupdate, English, lrelease ---------------------------------------------------------
def lupdate(ts_files: Sequence[Path]) -> None:
    """Bring ``ts_files`` up to date with the source strings (new ones unfinished, vanished
    ones dropped); locations point at our sources, relative to each .ts file."""
    with tempfile.TemporaryDirectory(prefix="juhe-lupdate-") as temp:
        stand_in_root = Path(temp)
        files = source_files()
        stand_ins = write_stand_ins(files, stand_in_root)
        file_list = stand_in_root / "files.lst"
        file_list.write_text("\n".join(str(p) for p in [*files, *stand_ins]) + "\n",
                             encoding="utf-8")
        result = subprocess.run(
            [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
             "-source-language", SOURCE_LANGUAGE, f"@{file_list}",
             "-ts", *map(str, ts_files)],
            capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed:\n{result.stdout}{result.stderr}")
        for ts in ts_files:
            _point_locations_at_sources(ts, stand_in_root)


def _point_locations_at_sources(ts: Path, stand_in_root: Path) -> None:
    folder = ts.resolve().parent
    stand_in_prefix = Path(os.path.relpath(stand_in_root, folder)).as_posix()
    source_prefix = Path(os.path.relpath(ROOT, folder)).as_posix()
    text = ts.read_text(encoding="utf-8")
    fixed = text.replace(f'filename="{stand_in_prefix}/', f'filename="{source_prefix}/')
    if fixed != text:
        ts.write_text(fixed, encoding="utf-8")


PLURAL_MARK = re.compile(r"([A-Za-z]+)\((s|es|ies)\)")


def english_numerus_forms(source: str) -> list[str]:
    """The singular and the plural of a count's text written with ``word(s)``,
    ``batch(es)`` or ``entry(ies)``: "%Ln number(s)" -> "%Ln number", "%Ln numbers".
    (A verb after it, "were" or "are", is made singular by hand in the English file.)"""

    def form(plural: bool) -> str:
        def word(match: re.Match[str]) -> str:
            stem, ending = match.group(1), match.group(2)
            if not plural:
                return stem
            return stem[:-1] + "ies" if ending == "ies" else stem + ending

        return PLURAL_MARK.sub(word, source)

    return [form(False), form(True)]


def fill_with_source(ts: Path) -> int:
    """Make every translation of ``ts`` its source text, finished; returns how many changed.
    For the English file: the source strings are English already. A count's text gets its
    singular and plural (``english_numerus_forms``), a singular written by hand kept."""
    root = ET.parse(ts).getroot()
    changed = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            singular, plural = english_numerus_forms(source)
            texts = [form.text or "" for form in forms]
            kept = len(texts) == 2 and texts[1] == plural and texts[0] \
                and not PLURAL_MARK.search(texts[0]) and not translation.get("type")
            if not kept:
                for form in forms:
                    translation.remove(form)
                for text in (singular, plural):
                    ET.SubElement(translation, "numerusform").text = text
                changed += 1
        elif (translation.text or "") != source or translation.get("type"):
            translation.text = source
            changed += 1
        translation.attrib.pop("type", None)
    if changed:
        write_ts(root, ts)
    return changed


def write_ts(root: ET.Element, ts: Path) -> None:
    """Write a .ts file parsed with ElementTree (lupdate re-formats it on its next run)."""
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(TS_HEADER + body + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    result = subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}")


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` still waiting for a translation."""
    waiting = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            waiting.append(message.findtext("source") or "")
            continue
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if not all(text and text.strip() for text in texts):
            waiting.append(message.findtext("source") or "")
    return waiting


def main(argv: Sequence[str] = ()) -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(language) for language in LANGUAGES]
    lupdate(ts_files)
    if fill_with_source(ts_path("en")):
        lupdate([ts_path("en")])  # back into lupdate's own layout, so diffs stay small
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))
    status = 0
    for language in LANGUAGES:
        waiting = unfinished(ts_path(language))
        count = sum(1 for _ in ET.parse(ts_path(language)).getroot().iter("message"))
        print(f"{ts_path(language).relative_to(ROOT)}: {count} strings, "
              f"{len(waiting)} to translate")
        for text in waiting:
            print(f"    {text!r}")
        status = status or (1 if waiting else 0)
    if status:
        print("Translate these in the .ts file (e.g. .venv/bin/pyside6-linguist), then run "
              "this script again.")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
