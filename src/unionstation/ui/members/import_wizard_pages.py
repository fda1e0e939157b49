"""The import wizard's pages: file and sheet, header and columns, preview and choices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from unionstation.domain.idnumber import masked
from unionstation.exchange.roster_columns import FIELDS, field_label
from unionstation.exchange.roster_rows import RowOutcome
from unionstation.exchange.spreadsheet import cell_text

RED = QColor("#FFC7CE")
YELLOW = QColor("#FFEB9C")
PREVIEW_ROWS = 20


class FilePage(QWizardPage):
    """Pick the roster file and the sheet."""

    def __init__(self, choose: Callable[[], None], sheet_changed: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the roster"))
        self.setSubTitle(self.tr("An Excel (.xlsx, .xls) or CSV file with one member a row."))
        self.path_label = QLabel(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(choose)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(
            lambda text: sheet_changed(text) if text else None)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        self.loaded = False

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.loaded


class MappingPage(QWizardPage):
    """Check the header row and which column feeds which field."""

    def __init__(self, header_changed: Callable[[int], None],
                 saved_chosen: Callable[[int], None], save: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("The header row and the field each column goes to. "
                                 "Columns set to “Ignore” are not imported."))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 10)
        self.header_spin.valueChanged.connect(header_changed)
        self.saved_combo = QComboBox()
        self.saved_combo.activated.connect(saved_chosen)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("Name for this mapping"))
        self.save_button = QPushButton(self.tr("Save mapping"))
        self.save_button.clicked.connect(lambda: save(self.save_name.text()))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the sheet"), self.tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #9C0006")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Header row"), self.header_spin)
        form.addRow(self.tr("Saved mappings"), self.saved_combo)
        saving = QHBoxLayout()
        saving.addWidget(self.save_name, 1)
        saving.addWidget(self.save_button)
        form.addRow("", saving)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self.combos: list[QComboBox] = []

    def show_columns(self, headers: list[str], fields: list[str | None]) -> None:
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, (header, field_key) in enumerate(zip(headers, fields, strict=True)):
            self.table.setItem(row, 0, _item(_column_letter(row)))
            self.table.setItem(row, 1, _item(header))
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for key in FIELDS:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(combo.findData(field_key), 0) if field_key else 0)
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.completeChanged.emit()

    def fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        from unionstation.exchange.roster_columns import validate_mapping

        problems = validate_mapping(self.fields())
        self.problems.setText(" ".join(problems))
        return not problems


class PreviewPage(QWizardPage):
    """The first rows as they will be stored, problems coloured; skip or update; all or none."""

    COLUMNS = ("row", "name", "id_number", "gender", "birth_date", "joined_on", "problems")

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Preview and choose"))
        self.setSubTitle(self.tr("The first rows as they will be stored. Red rows will not "
                                 "be imported; yellow rows have a warning."))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Name"), self.tr("ID number"), self.tr("Gender"),
            self.tr("Birth date"), self.tr("Joined on"), self.tr("Problems")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((48, 96, 170, 48, 96, 96)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.union_combo = QComboBox()
        self.union_combo.currentIndexChanged.connect(lambda _i: self.union_changed())
        self.refresh: Callable[[], None] = lambda: None
        self.has_union_column = True
        self.missing_union = QLabel(self.tr(
            "This roster has no union column: choose the union these members go to."))
        self.missing_union.setStyleSheet("color: #9C0006; font-weight: bold")
        self.missing_union.setWordWrap(True)
        self.missing_union.hide()
        self.all_rejected = QLabel()
        self.all_rejected.setStyleSheet("color: #9C0006")
        self.all_rejected.setWordWrap(True)
        self.all_rejected.hide()
        self.skip_radio = QRadioButton(self.tr("Skip members already in the station"))
        self.update_radio = QRadioButton(
            self.tr("Update members already in the station (filled cells only)"))
        self.skip_radio.setChecked(True)
        self.all_or_nothing = QCheckBox(self.tr("Import only if every row is good"))
        self.unmasked_report = QCheckBox(self.tr(
            "Whole ID numbers and phones in the report (recorded in the audit log)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Union for rows without one"), self.union_combo)
        layout.addLayout(form)
        layout.addWidget(self.missing_union)
        layout.addWidget(self.all_rejected)
        layout.addWidget(self.skip_radio)
        layout.addWidget(self.update_radio)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.unmasked_report)

    def set_unions(self, unions: list[tuple[UUID, str]]) -> None:
        """Fill the unions, keeping the officer's choice when coming back to this step."""
        kept = self.union_combo.currentData()  # str(id): a UUID is not found by findData
        self.union_combo.blockSignals(True)
        self.union_combo.clear()
        self.union_combo.addItem(self.tr("(none)"), None)
        for union_id, name in unions:
            self.union_combo.addItem(name, str(union_id))
        self.union_combo.setCurrentIndex(max(self.union_combo.findData(kept), 0)
                                         if kept is not None else 0)
        self.union_combo.blockSignals(False)

    def chosen_union(self) -> UUID | None:
        data = self.union_combo.currentData()
        return UUID(data) if isinstance(data, str) else None

    def union_changed(self) -> None:
        self.refresh()
        self.completeChanged.emit()

    def needs_union(self) -> bool:
        """No union column and no union chosen: every row would be refused for that."""
        return not self.has_union_column and self.union_combo.currentData() is None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        self.missing_union.setVisible(self.needs_union())
        return not self.needs_union()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.isComplete()

    def show_rows(self, outcomes: list[RowOutcome]) -> None:
        self.table.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            values = outcome.values
            gender = values.get("gender")
            # A rejected row has no stored values: show what the sheet says, so the officer
            # can tell whose row it is; ID numbers masked either way.
            name = values.get("name") or outcome.shown.get("name", "")
            number = values.get("id_number") or outcome.shown.get("id_number", "")
            texts = [str(outcome.row), str(name), masked(str(number)) if number else "",
                     gender.label if gender else "",
                     cell_text(values.get("birth_date")), cell_text(values.get("joined_on")),
                     ";".join(f"{p.field}:{p.reason}"
                              for p in (*outcome.errors, *outcome.warnings))]
            colour = RED if outcome.errors else YELLOW if outcome.warnings else None
            for column, text in enumerate(texts):
                item = _item(text)
                item.setToolTip(text)  # long reasons do not fit their cell
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        self._say_if_all_rejected(outcomes)

    def _say_if_all_rejected(self, outcomes: list[RowOutcome]) -> None:
        reasons = {f"{p.field}:{p.reason}" for o in outcomes for p in o.errors}
        every = bool(outcomes) and all(o.errors for o in outcomes)
        if every and not self.needs_union():
            text = self.tr("None of these rows can be imported as they are.")
            if len(reasons) == 1:
                text += " " + next(iter(reasons))
            self.all_rejected.setText(text)
        self.all_rejected.setVisible(every and not self.needs_union())


class RunPage(QWizardPage):
    """Start the import, then see the summary and open the report."""

    def __init__(self, start: Callable[[], None], open_report: Callable[[], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Import"))
        self.start_button = QPushButton(self.tr("Start import"))
        self.start_button.clicked.connect(start)
        self.summary = QLabel(self.tr("Press “Start import”. You can cancel while it runs; "
                                      "a cancelled import changes nothing."))
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.summary.setFont(font)
        self.report_button = QPushButton(self.tr("Open the report"))
        self.report_button.clicked.connect(open_report)
        self.report_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.finished = False
        self.report: Path | None = None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
