"""Every text with a count (``%n``/``%Ln``) reads right in both languages: English has its
singular and plural (never "number(s)"), Chinese has the count in its one form."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from test_translations import script

english_numerus_forms, qm_path, ts_path = (script.english_numerus_forms, script.qm_path,
                                           script.ts_path)

MARK = re.compile(r"\((s|es|ies)\)")
# A singular form's verb left plural ("1 number were not sent", "1 row need ...").
PLURAL_VERB = re.compile(r"%L?n( [a-z-]+)?( [a-z-]+)? (were|are|have|need|get|make|hold)\b")


def counted(language: str) -> list[tuple[str, str, list[Any]]]:
    """(context, source, forms) of every text with a count in ``language``'s .ts file."""
    found = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                assert translation is not None
                found.append((name, message.findtext("source") or "",
                              [f.text or "" for f in translation.findall("numerusform")]))
    return found


def test_english_counts_have_a_singular_and_a_plural() -> None:
    texts = counted("en")
    assert len(texts) > 50
    for _context, source, (singular, plural) in texts:
        assert plural == english_numerus_forms(source)[1]
        assert not MARK.search(singular) and not MARK.search(plural), source
        assert not PLURAL_VERB.search(singular), singular


def test_chinese_counts_have_their_number() -> None:
    for _context, source, forms in counted("zh_CN"):
        assert len(forms) == 1 and forms[0], source
        wanted = re.findall(r"%L?n|\{count\}", source)
        assert re.findall(r"%L?n|\{count\}", forms[0]) == wanted, (source, forms)
        assert not MARK.search(forms[0])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_count_renders_with_one_and_with_many(qapp: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    QCoreApplication.installTranslator(translator)
    try:
        for context, source, _forms in counted(language):
            for n in (1, 2, 1234):
                text = QCoreApplication.translate(context, source, "", n)
                assert "%n" not in text and "%Ln" not in text and not MARK.search(text), text
                if "{count}" not in source:
                    assert re.search(r"\b1,?234\b" if n == 1234 else rf"\b{n}\b", text), text
            one = QCoreApplication.translate(context, source, "", 1)
            if language == "en" and MARK.search(source):
                assert one != QCoreApplication.translate(context, source, "", 2), source
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_rule_makes_singular_and_plural() -> None:
    assert english_numerus_forms("%Ln number(s), %Ln batch(es), %Ln reply(ies)") == [
        "%Ln number, %Ln batch, %Ln reply", "%Ln numbers, %Ln batches, %Ln replies"]
    assert Path(ts_path("en")).exists()
