"""The assets tab: the register of the chosen venue (or all), a line to add one, disposal,
the ledger and the import, and label sheets."""

from __future__ import annotations

from functools import partial
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.homes import AssetCategory, AssetCondition, FundingSource
from unionstation.domain.permissions import Action
from unionstation.services.homes.assets import (
    AssetDraft,
    AssetFilter,
    AssetRow,
    AssetService,
)
from unionstation.ui.dialogs import with_suffix
from unionstation.ui.homes.asset_details import AssetDetails
from unionstation.ui.homes.common import (
    Page,
    PagedRowsModel,
    ask_pdf,
    attempt,
    selected_keys,
    table,
)
from unionstation.ui.homes.label_printer import LabelPrinter
from unionstation.ui.page_context import PageContext

COLUMNS = (
    QT_TRANSLATE_NOOP("AssetsTab", "Tag"),
    QT_TRANSLATE_NOOP("AssetsTab", "Name"),
    QT_TRANSLATE_NOOP("AssetsTab", "Category"),
    QT_TRANSLATE_NOOP("AssetsTab", "Venue"),
    QT_TRANSLATE_NOOP("AssetsTab", "Quantity"),
    QT_TRANSLATE_NOOP("AssetsTab", "Unit value"),
    QT_TRANSLATE_NOOP("AssetsTab", "Value"),
    QT_TRANSLATE_NOOP("AssetsTab", "Funding"),
    QT_TRANSLATE_NOOP("AssetsTab", "Condition"),
    QT_TRANSLATE_NOOP("AssetsTab", "Location"),
    QT_TRANSLATE_NOOP("AssetsTab", "Next audit"),
)
WIDTHS = (90, 150, 80, 140, 60, 80, 90, 150, 60, 110, 90)
SCRAPPED_COLOUR = "#888888"


class AssetsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assets = AssetService(context.services)
        self.venue_id: UUID | None = None
        may = context.services.may

        self.name = QLineEdit(self)
        self.name.setObjectName("assetName")
        self.name.setPlaceholderText(self.tr("Asset name"))
        self.category = QComboBox(self)
        self.category.setObjectName("assetCategory")
        for category in AssetCategory:
            self.category.addItem(category.label, category.value)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("assetQuantity")
        self.quantity.setRange(1, 100_000)
        self.unit_value = QLineEdit(self)
        self.unit_value.setObjectName("assetValue")
        self.unit_value.setPlaceholderText(self.tr("Unit value (yuan)"))
        self.details = AssetDetails(self)
        self.tag = QLineEdit(self)
        self.tag.setObjectName("assetTag")
        self.tag.setPlaceholderText(self.tr("Tag (made if empty)"))
        self.add_button = QPushButton(self.tr("Add asset"), self)
        self.add_button.setObjectName("addAsset")
        self.add_button.clicked.connect(self.add_asset)
        self.add_button.setEnabled(may(Action.ASSET_EDIT))
        add_row = QHBoxLayout()
        for widget in (self.name, self.category, self.quantity, self.details.unit,
                       self.unit_value, self.tag, self.add_button):
            add_row.addWidget(widget)

        self.audit_due = QCheckBox(self.tr("Audit due only"), self)
        self.audit_due.setObjectName("auditDue")
        self.audit_due.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("assetSummary")
        self.dispose_button = QPushButton(self.tr("Dispose…"), self)
        self.dispose_button.setObjectName("disposeAsset")
        self.dispose_button.clicked.connect(self.dispose)
        self.dispose_button.setEnabled(may(Action.ASSET_DISPOSE))
        self.labels_button = QPushButton(self.tr("Labels (PDF)…"), self)
        self.labels_button.setObjectName("printLabels")
        self.labels_button.setToolTip(self.tr("The selected assets' labels, or else every "
                                              "label of the venue"))
        self.labels_button.clicked.connect(self.print_labels)
        self.labels_button.setEnabled(may(Action.PRINT))
        self.label_printer = LabelPrinter(context, self)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("assetHistory")
        self.history_button.setToolTip(self.tr("Every change of the selected asset"))
        self.history_button.clicked.connect(self.show_history)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importAssets")
        self.import_button.clicked.connect(self.import_sheet)
        self.import_button.setEnabled(may(Action.ASSET_EDIT))
        self.export_button = QPushButton(self.tr("Ledger (Excel)…"), self)
        self.export_button.setObjectName("exportAssets")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(may(Action.EXPORT_BULK))
        tools = QHBoxLayout()
        tools.addWidget(self.audit_due)
        tools.addWidget(self.summary, 1)
        for button in (self.history_button, self.dispose_button, self.import_button,
                       self.export_button):
            tools.addWidget(button)
        label_row = QHBoxLayout()
        label_row.addWidget(self.label_printer, 1)
        label_row.addWidget(self.labels_button)

        self.model = PagedRowsModel([self.tr(str(c)) for c in COLUMNS], self)
        self.table = table(self, self.model, "assetTable", WIDTHS)
        self.table.doubleClicked.connect(
            lambda index: self.edit_asset(self.model.keys[index.row()]))
        self._editing: AssetRow | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.details)
        layout.addLayout(tools)
        layout.addLayout(label_row)
        layout.addWidget(self.table, 1)

    def show_venue(self, venue_id: UUID | None) -> None:
        self.venue_id = venue_id
        self.edit_asset(None)
        self.refresh()

    def refresh(self) -> None:
        criteria = AssetFilter(venue_id=self.venue_id, audit_due=self.audit_due.isChecked())
        count, value, due = self.assets.summary(criteria)
        self.model.set_source(count, partial(self._page, criteria))
        self.summary.setText(self.tr("{0} assets, in use ¥{1}; {2} due for audit").format(
            count, value, due))

    def _page(self, criteria: AssetFilter, offset: int, limit: int) -> Page:
        rows = self.assets.rows(criteria, offset, limit)
        cells: list[tuple[object, ...]] = [
            (r.tag, r.name, r.category.label, r.venue_name, f"{r.quantity} {r.unit}",
             r.unit_value, r.value, _funding_label(r.funding), r.condition.label, r.location,
             r.next_audit_on or "") for r in rows]
        colours = {n: SCRAPPED_COLOUR for n, r in enumerate(rows)
                   if r.condition is AssetCondition.SCRAPPED}
        return cells, [r.tag for r in rows], colours

    def add_asset(self) -> None:
        """Add the lines as a new asset, or save them over the asset opened for editing."""
        acquired, next_audit = self.details.dates()
        draft = AssetDraft(self.name.text(), AssetCategory(self.category.currentData()),
                           self.quantity.value(), self.unit_value.text().strip() or "0",
                           self.details.funding(), unit=self.details.unit.text(),
                           acquired_on=acquired, condition=self.details.chosen_condition(),
                           location=self.details.location.text(), tag=self.tag.text(),
                           next_audit_on=next_audit)
        if self._editing is not None:
            old = self._editing
            saved = attempt(self.context, self.tr("Save asset"),
                            lambda: self.assets.update(old.tag, draft))
        elif self.venue_id is not None:
            venue_id = self.venue_id
            saved = attempt(self.context, self.tr("Add asset"),
                            lambda: self.assets.add(venue_id, draft))
        else:
            return
        if saved is not None:
            self.edit_asset(None)
            self.refresh()

    def edit_asset(self, tag: str | None) -> None:
        """Open an asset's fields in the line above the table (None: back to adding)."""
        self._editing = self.assets.get(tag) if tag else None
        row = self._editing
        self.name.setText(row.name if row else "")
        self.category.setCurrentIndex(self.category.findData(
            row.category.value if row else AssetCategory.SPORTS.value))
        self.quantity.setValue(row.quantity if row else 1)
        self.unit_value.setText(str(row.unit_value) if row else "")
        self.details.fill(row)
        self.tag.setText(row.tag if row else "")
        self.tag.setReadOnly(row is not None)
        self.add_button.setText(self.tr("Save asset") if row else self.tr("Add asset"))
        self.add_button.setEnabled(self.context.services.may(Action.ASSET_EDIT)
                                   and (row is not None or self.venue_id is not None))

    def dispose(self) -> None:
        tags = selected_keys(self.table, self.model)
        if len(tags) != 1:
            self.context.dialogs.inform(self.tr("Dispose"), self.tr("Select one asset."))
            return
        reason = self.context.dialogs.ask_text(self.tr("Dispose {0}").format(tags[0]),
                                               self.tr("Reason"))
        if reason and attempt(self.context, self.tr("Dispose"),
                              lambda: self.assets.dispose(tags[0], reason)) is not None:
            self.refresh()

    def show_history(self) -> None:
        """The selected asset's history, oldest first: added, edited, counted, disposed."""
        tags = selected_keys(self.table, self.model)
        if len(tags) != 1:
            self.context.dialogs.inform(self.tr("History"), self.tr("Select one asset."))
            return
        lines = attempt(self.context, self.tr("History"), lambda: self.assets.history(tags[0]))
        if lines is not None:
            self.context.dialogs.inform(self.tr("History of {0}").format(tags[0]), "\n".join(
                f"{day}  {summary}  ({officer})" for day, summary, officer in lines))

    def print_labels(self) -> None:
        from unionstation.printing.homes_api import print_asset_tags

        tags = selected_keys(self.table, self.model)
        if not tags and self.venue_id is None:
            return
        out = ask_pdf(self.context, self.tr("Save the label sheet"), "asset-tags.pdf")
        if out is None:
            return
        venue = None if tags else self.venue_id
        offset = self.label_printer.offset()
        result = attempt(self.context, self.tr("Print"), lambda: print_asset_tags(
            self.context.services, out, venue=venue, tags=tags or None, offset=offset))
        if result is not None:
            self.context.dialogs.inform(self.tr("Labels"), self.tr(
                "Written: {0} ({1} labels on {2} sheets, moved {3} mm right and {4} mm "
                "down).").format(result.out, result.labels, result.pages, *offset))

    def import_sheet(self) -> None:
        from unionstation.exchange.asset_ledger import import_asset_sheet

        path = self.context.dialogs.open_file(self.tr("Import assets"),
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path is None:
            return
        trial = attempt(self.context, self.tr("Import assets"), lambda: import_asset_sheet(
            self.context.services, path, dry_run=True))
        if trial is None:
            return
        report = "\n".join(f"{self.tr('Row')} {row}: {message}"
                           for row, message in trial.errors[:20])
        question = self.tr("{0} to add, {1} to update, {2} rejected.").format(
            trial.added, trial.updated, trial.rejected)
        if not self.context.dialogs.confirm(self.tr("Import assets"),
                                            f"{question}\n{report}\n" + self.tr("Import now?")):
            return
        if attempt(self.context, self.tr("Import assets"), lambda: import_asset_sheet(
                self.context.services, path)) is not None:
            self.refresh()

    def export(self) -> None:
        from unionstation.exchange.asset_ledger import export_asset_ledger

        path = self.context.dialogs.save_file(self.tr("Asset ledger"), "Excel (*.xlsx)",
                                              "assets.xlsx")
        if path is None:
            return
        out = with_suffix(path, ".xlsx")
        result = attempt(self.context, self.tr("Asset ledger"), lambda: export_asset_ledger(
            self.context.services, out, AssetFilter(venue_id=self.venue_id)))
        if result is not None:
            self.context.dialogs.inform(self.tr("Asset ledger"),
                                        self.tr("Written: {0} ({1} rows)").format(
                                            result.path, result.rows))


def _funding_label(funding: dict[str, int]) -> str:
    """单位自筹 alone, or 单位自筹 60%、上级工会补助 40% where mixed."""
    if len(funding) == 1:
        return FundingSource(next(iter(funding))).label
    return "、".join(f"{FundingSource(k).label} {v}%" for k, v in funding.items())
