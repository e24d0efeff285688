"""Write resources/template.xlsx, the workbook users download to see the expected layout.

The repository keeps the output; run again after changing this script:

    .venv/bin/python packaging/make_template.py

Sheet 1 is the list (a header row, two example rows, the phone column formatted as text so
Excel keeps all 11 digits); sheet 2, 说明, says in a few lines how to fill it in.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "template.xlsx"

HEADER = ("姓名", "手机号", "单号", "金额", "备注")
EXAMPLES = (
    ("张三", "13800138000", "SO20261101001", 128.5, "示例行，导入前请删除"),
    ("李四", "13912345678", "SO20261101002", 66, "示例行，导入前请删除"),
)
WIDTHS = (12, 16, 18, 10, 24)
TEXT_ROWS = 1000  # the phone column is text this far down, for what users type or paste
INSTRUCTIONS = (
    "填写说明",
    "1. 第一行是表头，请不要删除。可以增加或删除其他列；"
    "短信模板里用 {列名} 引用列，例如 {姓名}、{单号}。",
    "2. 每行一位客户，手机号写 11 位，例如 13800138000；空行会被跳过。",
    "3. 手机号一列已设为“文本”格式。从其他表格复制时请用“选择性粘贴 → 数值”，"
    "不要让号码变成 1.38E+10 这样的科学计数法（会丢失位数）。",
    "4. 最好一个单元格只写一个号码（写几个时用“/”或“、”隔开）；固定电话收不到短信。",
    "5. 表格最上面可以有标题行，程序会自动找到表头。",
    "6. 填好后保存为 .xlsx（也支持 .xls、.csv），在“批量导入”页打开。",
    "7. 示例行（张三、李四）导入前请删除。",
)
_FIXED_TIME = dt.datetime(2026, 1, 1)  # no build time in the file: rebuilding changes nothing


def build_template(out_path: Path = OUTPUT) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "客户名单"
    sheet.append(HEADER)
    for example in EXAMPLES:
        sheet.append(example)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center")
    for number in range(2, TEXT_ROWS + 1):
        sheet.cell(row=number, column=2).number_format = "@"
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"

    notes = workbook.create_sheet("说明")
    for line in INSTRUCTIONS:
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 110

    workbook.properties.creator = "juhe-desk"
    workbook.properties.created = _FIXED_TIME
    workbook.properties.modified = _FIXED_TIME
    out_path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out_path)
    return out_path


if __name__ == "__main__":
    written = build_template(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(f"wrote {written}")
