"""The recipients box: numbers typed or pasted in any common form, checked and de-duplicated.

A line may hold one number written in groups ("138 0000 0001"), a list ("13800000001,
13800000002", separated by commas, semicolons, 、, slashes, spaces or tabs), or a row pasted
from a spreadsheet. Separators are tried first; digit groups are joined only where the joined
text forms one valid number. Words without digits are labels (a name, a header such as 手机号)
and are skipped on a line that holds digits, or when they are a known header.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from juhe_desk.domain.carriers import Carrier, unused_prefixes
from juhe_desk.domain.numbers import (
    MOBILE_PATTERN,
    InvalidReason,
    NumberCheck,
    normalize_mobile,
    to_ascii,
)

# After to_ascii. Colons too: "电话：13800000001" is a label and a number.
_SEPARATORS = re.compile(r"[/、;,|\\:\t]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+", re.ASCII)
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_GROUP_SEPARATORS = re.compile(r"[\s\-()]+")
# What normalize_mobile accepts, for the common forms, without its general path.
_QUICK_MOBILE = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")
# Digits and what may stand between the digits of one or several numbers.
_PHONE_CHARACTERS = re.compile(r"[0-9０-９+＋\s\-().eE/、;；,，|]*")
_HEADER_WORDS = frozenset({
    "手机", "手机号", "手机号码", "电话", "电话号码", "号码", "联系电话", "联系方式", "移动电话",
    "联系人电话", "客户电话", "mobile", "mobiles", "phone", "phones", "tel", "telephone",
    "cellphone", "cell", "number", "numbers", "phone number", "mobile number",
})
# Reasons after which a segment may still be several numbers or a number beside a label.
_MAY_HOLD_SEVERAL = frozenset(
    {InvalidReason.SEVERAL, InvalidReason.LETTERS, InvalidReason.TOO_LONG})
_MAX_GROUPS = 6  # "+86 138 0000 0001" is four groups; more is not one number


@dataclass(frozen=True, slots=True)
class RecipientCheck:
    """The numbers of the recipients box, sorted out."""

    valid: tuple[str, ...]
    invalid: tuple[NumberCheck, ...]
    duplicates: int
    opted_out: tuple[str, ...]
    # The valid numbers and the opted-out ones by carrier, most first, when counted.
    carriers: tuple[tuple[Carrier, int], ...] = ()
    opted_out_carriers: tuple[tuple[Carrier, int], ...] = ()


def is_header_word(text: str) -> bool:
    """True for a column header such as 手机号 or "Phone:"."""
    return to_ascii(text).strip().strip(":").strip().casefold() in _HEADER_WORDS


def parse_recipients(text: str, opted_out: Container[str] = frozenset()) -> RecipientCheck:
    """Sort pasted text into valid numbers (first-seen order, no repeats), invalid ones and
    numbers on the opt-out list."""
    found: list[NumberCheck] = []
    scanner = _Scanner()
    lines = text.splitlines()
    phone_columns = _phone_columns(lines, scanner) if "\t" in text else frozenset()
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if "\t" in stripped:
            for index, cell in enumerate(line.split("\t")):
                if index in phone_columns:
                    found.extend(scanner.scan(cell))
        else:
            found.extend(scanner.scan(stripped))
    return _sort_out(found, opted_out)


def _sort_out(found: list[NumberCheck], opted_out: Container[str]) -> RecipientCheck:
    """``found``'s numbers sorted out. The scanner's quick paths give numbers of the right
    shape; here those whose prefix is not in use are refused, all at once (a look-up per
    distinct prefix)."""
    unused = unused_prefixes([check.mobile for check in found if check.mobile is not None])
    seen: set[str] = set()
    valid: list[str] = []
    blocked: list[str] = []
    invalid: list[NumberCheck] = []
    duplicates = 0
    for check in found:
        mobile = check.mobile
        if unused and mobile is not None and mobile[:7] in unused:
            check = NumberCheck(check.original, None, InvalidReason.UNALLOCATED,
                                unused[mobile[:7]])
            mobile = None
        if mobile is None:
            invalid.append(check)
        elif mobile in seen:
            duplicates += 1
        else:
            seen.add(mobile)
            (blocked if mobile in opted_out else valid).append(mobile)
    return RecipientCheck(tuple(valid), tuple(invalid), duplicates, tuple(blocked))


class _Scanner:
    """Finds the numbers of a line or cell; remembers texts already seen (lists repeat a lot)."""

    def __init__(self) -> None:
        self._checks: dict[str, NumberCheck] = {}
        self._scans: dict[str, list[NumberCheck]] = {}

    def scan(self, text: str) -> list[NumberCheck]:
        text = text.strip()
        if MOBILE_PATTERN.fullmatch(text):  # the common case, kept cheap
            return [NumberCheck(text, text, None)]  # its prefix: checked by _sort_out
        if not text.isascii():
            text = to_ascii(text).strip()
        quick = _QUICK_MOBILE.fullmatch(_GROUP_SEPARATORS.sub("", text))
        if quick:  # "138 0000 0001", "+86-138-0000-0001"
            return [NumberCheck(text, quick.group(1), None)]
        found = self._scans.get(text)
        if found is None:
            found = self._scan_new(text)
            self._scans[text] = found
        return found

    def _scan_new(self, text: str) -> list[NumberCheck]:
        numbers: list[NumberCheck] = []
        labels: list[str] = []
        self._segment(text, numbers, labels)
        if labels and not numbers:  # a name beside a number is no error; a lone word is
            numbers.extend(NumberCheck(label, None, InvalidReason.LETTERS)
                           for label in labels if not is_header_word(label))
        return numbers

    def _check(self, text: str) -> NumberCheck:
        check = self._checks.get(text)
        if check is None:
            quick = _QUICK_MOBILE.fullmatch(_GROUP_SEPARATORS.sub("", text))
            check = NumberCheck(text, quick.group(1), None) if quick else normalize_mobile(text)
            self._checks[text] = check
        return check

    def _segment(self, segment: str, numbers: list[NumberCheck], labels: list[str]) -> None:
        segment = segment.strip()
        if not _HAS_DIGIT.search(segment):
            if segment:
                labels.append(segment)
            return
        if not _THOUSANDS.fullmatch(segment):
            parts = _SEPARATORS.split(segment)
            if len(parts) > 1:
                for part in parts:
                    self._segment(part, numbers, labels)
                return
        tokens = segment.split()
        if len(tokens) > 1 and not all(_HAS_DIGIT.search(t) for t in tokens):
            self._groups(tokens, numbers, labels, segment)  # "张三 13800000001"
            return
        whole = self._check(segment)
        if whole.mobile or whole.reason not in _MAY_HOLD_SEVERAL or len(tokens) == 1:
            numbers.append(whole)
        else:
            self._groups(tokens, numbers, labels, segment)

    def _groups(self, tokens: list[str], numbers: list[NumberCheck], labels: list[str],
                segment: str) -> None:
        """Join neighbouring digit groups where they form one valid number."""
        found: list[NumberCheck] = []
        index = 0
        while index < len(tokens):
            if not _HAS_DIGIT.search(tokens[index]):
                labels.append(tokens[index])
                index += 1
                continue
            joined = None
            for end in range(index + 1, min(len(tokens), index + _MAX_GROUPS) + 1):
                if not _HAS_DIGIT.search(tokens[end - 1]):
                    break
                candidate = self._check(" ".join(tokens[index:end]))
                if candidate.mobile:
                    joined, index = candidate, end
                    break
            if joined is None:
                found.append(self._check(tokens[index]))
                index += 1
            else:
                found.append(joined)
        if len(found) > 1 and not any(n.mobile for n in found):
            # Groups that form no number at all are one wrong number, e.g. "0755 1234 5678".
            numbers.append(self._check(" ".join(t for t in tokens if _HAS_DIGIT.search(t))))
        else:
            numbers.extend(found)


def _phone_columns(lines: list[str], scanner: _Scanner) -> frozenset[int]:
    """The columns of pasted spreadsheet rows that hold phone numbers.

    A column counts when it has a valid mobile and at least half of its cells with digits look
    like phone numbers. When no column has a valid one, columns that look like numbers (e.g.
    all in scientific notation) count, so their problems are shown rather than dropped.
    """
    valid: dict[int, int] = {}
    phone_like: dict[int, int] = {}
    with_digits: dict[int, int] = {}
    for line in lines:
        if "\t" not in line:
            continue
        for index, cell in enumerate(line.split("\t")):
            if not _HAS_DIGIT.search(cell):
                continue
            with_digits[index] = with_digits.get(index, 0) + 1
            cell = cell.strip()
            if not _looks_like_phone(cell):
                continue  # names, addresses, amounts: no full scan
            phone_like[index] = phone_like.get(index, 0) + 1
            if any(n.mobile for n in scanner.scan(cell)):
                valid[index] = valid.get(index, 0) + 1
    chosen = {i for i, n in phone_like.items() if 2 * n >= with_digits[i]}
    return frozenset({i for i in chosen if i in valid} or chosen)


def _looks_like_phone(cell: str) -> bool:
    if not _PHONE_CHARACTERS.fullmatch(cell):
        return False
    return "e" in cell or "E" in cell or len(_HAS_DIGIT.findall(cell)) >= 7
