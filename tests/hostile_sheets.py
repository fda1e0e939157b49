"""Tiny spreadsheets built to hurt a reader: a cell at the sheet's last address, a cell
far down, an entity bomb, a zip bomb. Written by hand with zipfile, as an attacker would."""

from __future__ import annotations

import zipfile
from pathlib import Path

_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
          '/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
          'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
          '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
          '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
         '"xl/workbook.xml"/></Relationships>')
_BOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
         '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
         'r:id="rId1"/></sheets></workbook>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
              '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
              ' Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="http://schemas.'
          'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{ref}"/><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>{rows}</sheetData>'
          '{padding}</worksheet>')


def _xlsx(path: Path, sheet: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def one_cell_at(path: Path, ref: str) -> Path:
    row = "".join(ch for ch in ref if ch.isdigit())
    rows = f'<row r="{row}"><c r="{ref}"><v>1</v></c></row>'
    return _xlsx(path, _SHEET.format(doctype="", ref=f"A1:{ref}", rows=rows, padding=""))


def entity_bomb(path: Path) -> Path:
    lines = ['<!ENTITY a0 "hahahahahahahahahaha">']
    lines += [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    doctype = f"<!DOCTYPE worksheet [{''.join(lines)}]>"
    rows = '<row r="2"><c r="A2" t="inlineStr"><is><t>&a9;</t></is></c></row>'
    return _xlsx(path, _SHEET.format(doctype=doctype, ref="A1:A2", rows=rows, padding=""))


def zip_bomb(path: Path, inflated: int = 260 * 1024 * 1024) -> Path:
    """A sheet whose whitespace inflates to `inflated` bytes from a few hundred KB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as entry:
            head, tail = _SHEET.format(doctype="", ref="A1", rows="", padding="|").split("|")
            entry.write(head.encode())
            block = b" " * (1024 * 1024)
            for _ in range(inflated // len(block)):
                entry.write(block)
            entry.write(tail.encode())
    return path


HOSTILE = {
    "cell_at_XFD1048576": lambda p: one_cell_at(p, "XFD1048576"),
    "cell_at_GR200000": lambda p: one_cell_at(p, "GR200000"),
    "entity_bomb": entity_bomb,
    "zip_bomb": zip_bomb,
}
