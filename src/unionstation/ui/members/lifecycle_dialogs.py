"""The member's life cycle: a status change, or a transfer (within the station or out).

The dialogs only collect; the form calls the service on `submitted` and either accepts the
dialog or shows the refusal in it, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.codes import MemberStatus
from unionstation.services.member_lifecycle import MemberStanding
from unionstation.ui.members.form_widgets import (
    UnionCombo,
    date_edit,
    error_label,
    pydate,
    qdate,
    show_message,
)


class _LifecycleDialog(QDialog):
    submitted = Signal()

    def __init__(self, title: str, standing: MemberStanding, today: date,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.date = date_edit(self, today)
        self.date.setObjectName("changedOn")
        self.date.setDate(qdate(today))
        self.error = error_label(self, "lifecycleError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        show_message(self.error, "")
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        show_message(self.error, text)

    def on(self) -> date:
        return pydate(self.date.date())


class StatusChangeDialog(_LifecycleDialog):
    """New status from those allowed after the current one, a date and a reason."""

    def __init__(self, standing: MemberStanding, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change membership status"), standing, today, parent)
        self.setObjectName("statusChangeDialog")
        self.heading.setText(self.tr("{name}: the status is now “{status}”.").format(
            name=standing.name, status=standing.status.label))
        self._statuses = list(standing.allowed_statuses)
        self.status = QComboBox(self)
        self.status.setObjectName("newStatus")
        for status in self._statuses:
            self.status.addItem(status.label)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. retired in May; left by written request"))
        self.form.addRow(self.tr("New status"), self.status)
        self.form.addRow(self.tr("Date of the change"), self.date)
        self.form.addRow(self.tr("Reason"), self.reason)

    def new_status(self) -> MemberStatus:
        return self._statuses[self.status.currentIndex()]

    def set_status(self, status: MemberStatus) -> None:
        self.status.setCurrentIndex(self._statuses.index(status))


class TransferDialog(_LifecycleDialog):
    """Within the station to another grassroots union, or out to a union elsewhere."""

    WITHIN = "within"
    OUT = "out"

    def __init__(self, standing: MemberStanding, unions: list[tuple[UUID, str]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfer membership"), standing, today, parent)
        self.setObjectName("transferDialog")
        self.heading.setText(self.tr("{name} now belongs to “{union}”.").format(
            name=standing.name, union=standing.union_name))
        others = [(union_id, name) for union_id, name in unions if union_id != standing.union_id]
        self.within = QRadioButton(self.tr("Within this station, to another grassroots union"),
                                   self)
        self.within.setObjectName("transferWithin")
        self.out = QRadioButton(self.tr("Out of this station, to a union elsewhere"), self)
        self.out.setObjectName("transferOut")
        kinds = QButtonGroup(self)
        kinds.addButton(self.within)
        kinds.addButton(self.out)
        self.union = UnionCombo(self)
        self.union.setObjectName("toUnion")
        self.union.set_unions(others, None)
        self.destination = QLineEdit(self)
        self.destination.setObjectName("destination")
        self.destination.setPlaceholderText(self.tr("Full name of the receiving union"))
        self.note = QLineEdit(self)
        self.note.setObjectName("transferNote")
        self.form.addRow(self.within)
        self.form.addRow(self.tr("To grassroots union"), self.union)
        self.form.addRow(self.out)
        self.form.addRow(self.tr("To union"), self.destination)
        self.form.addRow(self.tr("Date of transfer"), self.date)
        self.form.addRow(self.tr("Note"), self.note)
        self.within.toggled.connect(self._kind_changed)
        if others:
            self.within.setChecked(True)
        else:
            self.within.setEnabled(False)
            self.within.setToolTip(self.tr("The station has no other grassroots union."))
            self.out.setChecked(True)
        self._kind_changed()

    def _kind_changed(self) -> None:
        within = self.within.isChecked()
        self.union.setEnabled(within)
        self.destination.setEnabled(not within)
        (self.union if within else self.destination).setFocus()

    def kind(self) -> str:
        return self.WITHIN if self.within.isChecked() else self.OUT

    def to_union_id(self) -> UUID | None:
        return self.union.union_id()
