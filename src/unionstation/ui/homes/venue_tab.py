"""The venue tab: register a venue, and the chosen venue's standard scored item by item."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.homes import ModelLevel, VenueKind
from unionstation.domain.permissions import Action
from unionstation.services.homes.photos import VenuePhotos
from unionstation.services.homes.venues import VenueDraft, VenueService
from unionstation.ui.homes.common import ask_pdf, attempt
from unionstation.ui.members.form_widgets import OptionalDateEdit
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import MUTED_STYLE, TITLE_STYLE


class VenueTab(QWidget):
    added = Signal(object)  # the new venue's id
    changed = Signal(object)  # a venue's id, after its fields were saved

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:

        super().__init__(parent)
        self.context = context
        self.venues = VenueService(context.services)
        self.venue_id: UUID | None = None
        self._loading = False

        form_box = QGroupBox(self.tr("Register a venue"), self)
        self.form_box = form_box
        form = QFormLayout(form_box)
        self.kind = QComboBox(form_box)
        self.kind.setObjectName("venueKind")
        for kind in VenueKind:
            self.kind.addItem(kind.label, kind.value)
        self.name = QLineEdit(form_box)
        self.name.setObjectName("venueName")
        self.host = QLineEdit(form_box)
        self.host.setObjectName("venueUnion")
        self.level = QComboBox(form_box)
        self.level.setObjectName("venueLevel")
        self.level.addItem(self.tr("(not a model home)"), None)
        for level in ModelLevel:
            self.level.addItem(level.label, level.value)
        self.stars = QSpinBox(form_box)
        self.stars.setObjectName("venueStars")
        self.stars.setRange(0, 5)
        self.address = QLineEdit(form_box)
        self.address.setObjectName("venueAddress")
        self.area = QSpinBox(form_box)
        self.area.setObjectName("venueArea")
        self.area.setRange(0, 100_000)
        self.area.setSuffix(" m²")
        self.hours = QLineEdit(form_box)
        self.hours.setObjectName("venueHours")
        self.hours.setPlaceholderText("08:00–20:00")
        self.contact = QLineEdit(form_box)
        self.contact.setObjectName("venueContact")
        self.opened = OptionalDateEdit(self.tr("not given"), form_box)
        self.opened.setObjectName("venueOpened")
        self.accredited = OptionalDateEdit(self.tr("not accredited"), form_box)
        self.accredited.setObjectName("venueAccredited")
        self.accredited.setToolTip(self.tr("The day the model-home level or star rating "
                                           "was awarded"))
        self.add_button = QPushButton(self.tr("Register"), form_box)
        self.add_button.setObjectName("addVenue")
        self.add_button.clicked.connect(self.add_venue)
        self.add_button.setEnabled(context.services.may(Action.VENUE_EDIT))
        self.save_button = QPushButton(self.tr("Save changes"), form_box)
        self.save_button.setObjectName("saveVenue")
        self.save_button.clicked.connect(self.save_venue)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Host union"), self.host)
        form.addRow(self.tr("Model home level"), self.level)
        form.addRow(self.tr("Stars"), self.stars)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Opening hours"), self.hours)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Opened on"), self.opened)
        form.addRow(self.tr("Accredited on"), self.accredited)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.add_button)
        form.addRow("", form_buttons)

        self.heading = QLabel(self)
        self.heading.setObjectName("venueHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.facts = QLabel(self)
        self.facts.setObjectName("venueFacts")
        self.facts.setStyleSheet(MUTED_STYLE)
        self.score = QLabel(self)
        self.score.setObjectName("checklistScore")
        self.checklist = QTableWidget(0, 4, self)
        self.checklist.setObjectName("checklistTable")
        self.checklist.setHorizontalHeaderLabels(
            [self.tr("Met"), self.tr("Item"), self.tr("Note"), self.tr("Photos")])
        self.checklist.verticalHeader().hide()
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 200)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.itemChanged.connect(self._item_changed)
        self.print_plate = QPushButton(self.tr("QR plate (PDF)…"), self)
        self.print_plate.setObjectName("printPlate")
        self.print_plate.clicked.connect(self._print_plate)
        self.print_checklist = QPushButton(self.tr("Self-assessment (PDF)…"), self)
        self.print_checklist.setObjectName("printChecklist")
        self.print_checklist.clicked.connect(self._print_checklist)
        self.photo_button = QPushButton(self.tr("Venue photo…"), self)
        self.photo_button.setObjectName("venuePhoto")
        self.photo_button.clicked.connect(self._add_photo)
        self.evidence_button = QPushButton(self.tr("Evidence photo…"), self)
        self.evidence_button.setObjectName("evidencePhoto")
        self.evidence_button.setToolTip(self.tr("A photo proving the selected item"))
        self.evidence_button.clicked.connect(self._add_evidence)
        self.photos = VenuePhotos(context.services, context.home.files_dir)
        buttons = QHBoxLayout()
        buttons.addWidget(self.score, 1)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.evidence_button)
        buttons.addWidget(self.print_plate)
        buttons.addWidget(self.print_checklist)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.facts)
        right.addLayout(buttons)
        right.addWidget(self.checklist, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(right, 3)
        left = QVBoxLayout()
        left.addWidget(form_box)
        left.addStretch(1)
        layout.addLayout(left, 2)
        self.show_venue(None)

    def _draft(self) -> VenueDraft:
        level = self.level.currentData()
        return VenueDraft(VenueKind(self.kind.currentData()), self.name.text(),
                           self.host.text(), ModelLevel(level) if level else None,
                           self.stars.value(), self.address.text(),
                           self.area.value() or None, opening_hours=self.hours.text().strip(),
                           contact=self.contact.text().strip(),
                           opened_on=self.opened.value(), accredited_on=self.accredited.value())

    def add_venue(self) -> None:
        draft = self._draft()
        row = attempt(self.context, self.tr("Register a venue"), lambda: self.venues.add(draft))
        if row is not None:
            self.added.emit(row.id)

    def save_venue(self) -> None:
        if self.venue_id is None:
            return
        venue_id, draft = self.venue_id, self._draft()
        if attempt(self.context, self.tr("Save changes"),
                   lambda: self.venues.update(venue_id, draft)) is not None:
            self.changed.emit(venue_id)

    def _fill_form(self, venue_id: UUID | None) -> None:
        """The selected venue's fields to edit, or a blank form to register one."""
        editable = self.context.services.may(Action.VENUE_EDIT)
        self.save_button.setVisible(venue_id is not None)
        self.save_button.setEnabled(editable)
        self.form_box.setTitle(self.tr("Selected venue") if venue_id else
                               self.tr("Register a venue"))
        self.add_button.setText(self.tr("Register as a new venue") if venue_id else
                                self.tr("Register"))
        draft = self.venues.draft_of(venue_id) if venue_id else VenueDraft(
            VenueKind.WORKERS_HOME, "")
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.name.setText(draft.name)
        self.host.setText(draft.host_union)
        self.level.setCurrentIndex(self.level.findData(draft.level.value if draft.level
                                                       else None))
        self.stars.setValue(draft.stars)
        self.address.setText(draft.address)
        self.area.setValue(draft.area_m2 or 0)
        self.hours.setText(draft.opening_hours)
        self.contact.setText(draft.contact)
        self.opened.set_value(draft.opened_on)
        self.accredited.set_value(draft.accredited_on)

    def show_venue(self, venue_id: UUID | None) -> None:
        self.venue_id = venue_id
        self._fill_form(venue_id)
        for widget in (self.print_plate, self.print_checklist, self.checklist,
                       self.photo_button, self.evidence_button):
            widget.setEnabled(venue_id is not None)
        if venue_id is None:
            self.heading.setText(self.tr("All venues"))
            self.facts.setText(self.tr("Choose a venue on the left to score its standard."))
            self.score.clear()
            self.checklist.setRowCount(0)
            return
        venue = self.venues.get(venue_id)
        self.heading.setText(f"{venue.name}  {venue.code}")
        level = f" · {venue.level.label}" if venue.level else ""
        self.facts.setText(self.tr("{0}{1} · {2} stars · host union {3} · {4} assets, "
                                   "¥{5} · {6} photos").format(
            venue.kind.label, level, venue.stars, venue.host_union or "—", venue.assets,
            venue.asset_value, len(self.photos.venue_photos(venue.id))))
        dates = [self.tr("opened {0}").format(venue.opened_on) if venue.opened_on else "",
                 self.tr("accredited {0}").format(venue.accredited_on)
                 if venue.accredited_on else ""]
        if any(dates):
            self.facts.setText(self.facts.text() + " · " + " · ".join(filter(None, dates)))
        self._load_checklist()

    def _load_checklist(self) -> None:
        assert self.venue_id is not None
        view = self.venues.checklist(self.venue_id)
        self._loading = True
        self.checklist.setRowCount(len(view.items))
        for row, item in enumerate(view.items):
            met = QTableWidgetItem()
            met.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                         | Qt.ItemFlag.ItemIsSelectable)
            met.setCheckState(Qt.CheckState.Checked if item.met else Qt.CheckState.Unchecked)
            met.setData(Qt.ItemDataRole.UserRole, item.item)
            title = QTableWidgetItem(item.title)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.checklist.setItem(row, 0, met)
            self.checklist.setItem(row, 1, title)
            self.checklist.setItem(row, 2, QTableWidgetItem(item.note))
            photos = QTableWidgetItem(str(item.photos) if item.photos else "")
            photos.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.checklist.setItem(row, 3, photos)
        self._loading = False
        self.score.setText(self.tr("{0}: {1} of {2} met").format(view.standard_title,
                                                                  view.met, view.total))

    def _item_changed(self, changed: QTableWidgetItem) -> None:
        if self._loading or self.venue_id is None:
            return
        row = changed.row()
        met_item, note_item = self.checklist.item(row, 0), self.checklist.item(row, 2)
        if met_item is None:
            return
        code = str(met_item.data(Qt.ItemDataRole.UserRole))
        met = met_item.checkState() == Qt.CheckState.Checked
        note = note_item.text() if note_item else ""
        venue_id = self.venue_id
        if attempt(self.context, self.tr("Checklist"),
                   lambda: self.venues.check(venue_id, code, met, note)) is not None:
            self._load_checklist()

    def _choose_photo(self, title: str) -> Path | None:
        return self.context.dialogs.open_file(title, self.tr("Images (*.jpg *.jpeg *.png)"))

    def _add_photo(self) -> None:
        if self.venue_id is None:
            return
        venue_id = self.venue_id
        path = self._choose_photo(self.tr("Venue photo"))
        if path is not None and attempt(self.context, self.tr("Venue photo"), lambda: (
                self.photos.add_venue_photo(venue_id, path))) is not None:
            self.show_venue(venue_id)

    def _add_evidence(self) -> None:
        row = self.checklist.currentRow()
        met_item = self.checklist.item(row, 0) if row >= 0 else None
        if self.venue_id is None or met_item is None:
            self.context.dialogs.inform(self.tr("Evidence photo"),
                                        self.tr("Select the item the photo proves."))
            return
        venue_id, code = self.venue_id, str(met_item.data(Qt.ItemDataRole.UserRole))
        path = self._choose_photo(self.tr("Evidence photo"))
        if path is not None and attempt(self.context, self.tr("Evidence photo"), lambda: (
                self.photos.add_evidence(venue_id, code, path))) is not None:
            self._load_checklist()

    def _print_plate(self) -> None:
        from unionstation.printing.homes_api import print_venue_plate

        if self.venue_id is None:
            return
        venue_id = self.venue_id
        out = ask_pdf(self.context, self.tr("Save the QR plate"), "venue-plate.pdf")
        if out is not None:
            attempt(self.context, self.tr("Print"),
                    lambda: print_venue_plate(self.context.services, out, venue_id))

    def _print_checklist(self) -> None:
        from unionstation.printing.homes_api import print_checklist

        if self.venue_id is None:
            return
        venue_id = self.venue_id
        out = ask_pdf(self.context, self.tr("Save the self-assessment"), "checklist.pdf")
        if out is not None:
            attempt(self.context, self.tr("Print"),
                    lambda: print_checklist(self.context.services, out, venue_id))
