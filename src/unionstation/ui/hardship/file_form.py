"""The fields of a hardship file and its household table; reads and fills a FileDraft."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.hardship import (
    HardshipCategory,
    HardshipCause,
    IncomeBand,
    income_band,
    income_per_capita,
)
from unionstation.services.hardship.files import FileDraft, HouseholdPerson

HOUSEHOLD_FIELDS = ("name", "relation", "birth_year", "health", "disability", "occupation",
                    "monthly_income")
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
CODE_ROLE = Qt.ItemDataRole.UserRole


def _combo(parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, label in items:
        combo.addItem(label, code)
    return combo


class FileForm(QWidget):
    """The worker, the household and the money; `draft()` and `fill()` are its contract."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self._line("fileName")
        self.id_edit = self._line("fileIdNumber")
        self.phone_edit = self._line("filePhone")
        self.employer_edit = self._line("fileEmployer")
        self.union_edit = self._line("fileUnion")
        self.category_combo = _combo(self, "fileCategory", HardshipCategory.choices())
        self.cause_combo = _combo(self, "fileMainCause", HardshipCause.choices())
        self.secondary = QListWidget(self)
        self.secondary.setObjectName("fileSecondaryCauses")
        self.secondary.setFlow(QListWidget.Flow.LeftToRight)
        self.secondary.setWrapping(True)
        self.secondary.setMaximumHeight(48)
        for code, label in HardshipCause.choices():
            item = QListWidgetItem(label, self.secondary)
            item.setData(CODE_ROLE, code)
            item.setCheckState(UNCHECKED)
        self.size_spin = QSpinBox(self)
        self.size_spin.setObjectName("householdSize")
        self.size_spin.setRange(1, 30)
        self.income_edit = self._line("householdIncome")
        self.medical_edit = self._line("medicalMonthly")
        self.housing_edit = self._line("fileHousing")
        self.zero_box = QCheckBox(self.tr("Zero-employment household"), self)
        self.zero_box.setObjectName("zeroEmployment")
        self.bank_name_edit = self._line("bankName")
        self.bank_edit = self._line("bankAccount")
        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setObjectName("fileNarrative")
        self.narrative_edit.setMaximumHeight(60)

        left = QFormLayout()
        left.addRow(self.tr("Name"), self.name_edit)
        left.addRow(self.tr("ID number"), self.id_edit)
        left.addRow(self.tr("Phone"), self.phone_edit)
        left.addRow(self.tr("Employer"), self.employer_edit)
        left.addRow(self.tr("Union"), self.union_edit)
        left.addRow(self.tr("Bank"), self.bank_name_edit)
        left.addRow(self.tr("Bank account"), self.bank_edit)
        right = QFormLayout()
        right.addRow(self.tr("Category"), self.category_combo)
        right.addRow(self.tr("Main cause"), self.cause_combo)
        right.addRow(self.tr("Other causes"), self.secondary)
        right.addRow(self.tr("Household size"), self.size_spin)
        right.addRow(self.tr("Household income / month"), self.income_edit)
        right.addRow(self.tr("Medical spending / month"), self.medical_edit)
        right.addRow(self.tr("Housing"), self.housing_edit)
        right.addRow("", self.zero_box)
        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)

        self.household = QTableWidget(0, len(HOUSEHOLD_FIELDS), self)
        self.household.setObjectName("householdTable")
        self.household.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Relation"), self.tr("Born"), self.tr("Health"),
            self.tr("Disability"), self.tr("School or work"), self.tr("Income / month")])
        self.household.horizontalHeader().setStretchLastSection(True)
        self.add_person = QPushButton(self.tr("Add household member"), self)
        self.add_person.setObjectName("addPerson")
        self.remove_person = QPushButton(self.tr("Remove"), self)
        self.income_label = QLabel(self)
        self.income_label.setObjectName("incomePerCapita")
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Household"), self))
        buttons.addStretch(1)
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.remove_person)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("Situation"), self))
        layout.addWidget(self.narrative_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.household, 1)
        layout.addWidget(self.income_label)
        self.line: Decimal | None = None
        self.add_person.clicked.connect(lambda: self.add_household_row())
        self.remove_person.clicked.connect(self._remove_row)
        self.household.itemChanged.connect(self.update_income)
        self.income_edit.textChanged.connect(self.update_income)
        self.size_spin.valueChanged.connect(self.update_income)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def add_household_row(self, person: HouseholdPerson | None = None) -> None:
        row = self.household.rowCount()
        self.household.insertRow(row)
        values = ["", "", "", "", "", "", "0.00"] if person is None else [
            person.name, person.relation, str(person.birth_year or ""), person.health,
            person.disability, person.occupation, f"{Decimal(person.monthly_income):.2f}"]
        for column, value in enumerate(values):
            self.household.setItem(row, column, QTableWidgetItem(value))

    def _remove_row(self) -> None:
        row = self.household.currentRow()
        if row >= 0:
            self.household.removeRow(row)
            self.update_income()

    def people(self) -> list[HouseholdPerson]:
        people = []
        for row in range(self.household.rowCount()):
            cells = [self._cell(row, c) for c in range(len(HOUSEHOLD_FIELDS))]
            if not any(cells[:-1]):
                continue
            born = int(cells[2]) if cells[2].isdigit() else None
            people.append(HouseholdPerson(cells[0], cells[1], born, cells[3], cells[4],
                                          cells[5], cells[6] or "0"))
        return people

    def _cell(self, row: int, column: int) -> str:
        item = self.household.item(row, column)
        return item.text().strip() if item is not None else ""

    def draft(self) -> FileDraft:
        causes = [HardshipCause(self.secondary.item(i).data(CODE_ROLE))
                  for i in range(self.secondary.count())
                  if self.secondary.item(i).checkState() == CHECKED]
        return FileDraft(
            name=self.name_edit.text(), id_number=self.id_edit.text(),
            category=HardshipCategory(self.category_combo.currentData()),
            main_cause=HardshipCause(self.cause_combo.currentData()),
            secondary_causes=tuple(causes), phone=self.phone_edit.text(),
            employer=self.employer_edit.text(), union_name=self.union_edit.text(),
            household_size=self.size_spin.value(), monthly_income=self.income_edit.text(),
            household=self.people(), medical_monthly=self.medical_edit.text(),
            housing=self.housing_edit.text(), zero_employment=self.zero_box.isChecked(),
            bank_name=self.bank_name_edit.text(), bank_account=self.bank_edit.text(),
            narrative=self.narrative_edit.toPlainText())

    def fill(self, draft: FileDraft, line: Decimal | None, masked_bank: bool) -> None:
        self.line = line
        self.name_edit.setText(draft.name)
        self.id_edit.setText(draft.id_number)
        self.phone_edit.setText(draft.phone)
        self.employer_edit.setText(draft.employer)
        self.union_edit.setText(draft.union_name)
        self.category_combo.setCurrentIndex(self.category_combo.findData(draft.category.value))
        self.cause_combo.setCurrentIndex(self.cause_combo.findData(draft.main_cause.value))
        chosen = {c.value for c in draft.secondary_causes}
        for i in range(self.secondary.count()):
            item = self.secondary.item(i)
            item.setCheckState(CHECKED if item.data(CODE_ROLE) in chosen else UNCHECKED)
        self.size_spin.setValue(draft.household_size)
        self.income_edit.setText(f"{Decimal(draft.monthly_income):.2f}")
        self.medical_edit.setText(f"{Decimal(draft.medical_monthly):.2f}")
        self.housing_edit.setText(draft.housing)
        self.zero_box.setChecked(draft.zero_employment)
        self.bank_name_edit.setText(draft.bank_name)
        self.bank_edit.setText(draft.bank_account)
        self.bank_edit.setReadOnly(masked_bank)
        self.narrative_edit.setPlainText(draft.narrative)
        self.household.setRowCount(0)
        for person in draft.household:
            self.add_household_row(person)
        self.update_income()

    def set_editable(self, editable: bool, id_editable: bool) -> None:
        for widget in (self.name_edit, self.phone_edit, self.employer_edit, self.union_edit,
                       self.category_combo, self.cause_combo, self.secondary, self.size_spin,
                       self.income_edit, self.medical_edit, self.housing_edit, self.zero_box,
                       self.bank_name_edit, self.narrative_edit, self.household,
                       self.add_person, self.remove_person):
            widget.setEnabled(editable)
        self.id_edit.setReadOnly(not id_editable)

    def update_income(self) -> None:
        people = self.people()
        try:
            if people:
                size = len(people)
                income = sum((Decimal(str(p.monthly_income).replace(",", ""))
                              for p in people), Decimal("0"))
            else:
                size = self.size_spin.value()
                income = Decimal(self.income_edit.text().replace(",", "") or "0")
            per_capita = income_per_capita(income, size)
        except (InvalidOperation, ValueError):
            self.income_label.setText(self.tr("Income per capita: —"))
            return
        self.size_spin.setEnabled(not people and self.income_edit.isEnabled())
        band = income_band(per_capita, self.line)
        bands = {IncomeBand.BELOW: self.tr("below the minimum-living line"),
                 IncomeBand.UP_TO_TWICE: self.tr("one to two times the minimum-living line"),
                 IncomeBand.ABOVE: self.tr("above twice the minimum-living line")}
        text = self.tr("Income per capita: ¥{0}/month").format(f"{per_capita:,.2f}")
        if band is not None and self.line is not None:
            text += self.tr(" — {0} (¥{1})").format(bands[band], f"{self.line:,.2f}")
        elif self.line is None:
            text += self.tr(" — no minimum-living line set for this year")
        self.income_label.setText(text)
