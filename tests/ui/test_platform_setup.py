"""Per-platform choices that Linux tests can check (the Windows smoke test checks the rest)."""

from __future__ import annotations

from juhe_desk.ui.platform_setup import WINDOWS_CHINESE_FONTS, font_families


def test_windows_falls_back_to_microsoft_yahei_for_chinese() -> None:
    assert font_families("Segoe UI", "win32") == ["Segoe UI", *WINDOWS_CHINESE_FONTS]
    # A Chinese Windows's own UI font is not listed twice.
    assert font_families("Microsoft YaHei UI", "win32") == ["Microsoft YaHei UI",
                                                            "Microsoft YaHei"]


def test_other_systems_keep_their_font_and_fontconfig_fallbacks() -> None:
    assert font_families("Sans Serif", "linux") == ["Sans Serif"]
    assert font_families(".AppleSystemUIFont", "darwin") == [".AppleSystemUIFont"]
