"""The fields of the 会员登记表, grouped and ordered as officers read the paper sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.codes import (
    ConsentMethod,
    Education,
    Ethnicity,
    HouseholdKind,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.idnumber import IdNumberProblem, InvalidIdNumber, parse_id_number
from unionstation.domain.text import to_halfwidth
from unionstation.services.member_fields import FIELD_LABELS, MemberDraft
from unionstation.ui.members.drive_models import phone_problem
from unionstation.ui.members.form_widgets import (
    E,
    EnumCombo,
    OptionalDateEdit,
    UnionCombo,
    YearSpin,
    date_edit,
    error_label,
    mark_invalid,
    pydate,
    qdate,
    show_message,
)

_LABEL_TO_FIELD = {label: field for field, label in FIELD_LABELS.items()}


class MemberFields(QWidget):
    """Every editable field of a member; knows nothing of saving."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._order: list[QWidget] = []
        not_given = self.tr("Not given")
        self._basic_group = QGroupBox(self.tr("Basic information"), self)
        basic = self._grid(self._basic_group)
        self.name = self._line("name")
        self.id_number = self._line("id_number")
        self.id_number.setMaxLength(24)
        self.id_number.setPlaceholderText(self.tr("18 characters"))
        self.id_error = error_label(self, "idNumberError")
        self.gender = self._shown("gender")
        self.birth_date = self._shown("birthDate")
        self.ethnicity = self._combo(Ethnicity, "ethnicity", not_given)
        self.native_place = self._line("native_place")
        self.political_status = self._combo(PoliticalStatus, "political_status", not_given)
        self.education = self._combo(Education, "education", not_given)
        self.household_place = self._line("household_place")
        self.household_kind = self._combo(HouseholdKind, "household_kind", not_given)
        self._pair(basic, 0, self.tr("Name"), self.name, self.tr("ID number"), self.id_number)
        basic.addWidget(self.id_error, 1, 1, 1, 3)
        self._pair(basic, 2, self.tr("Gender"), self.gender,
                   self.tr("Date of birth"), self.birth_date)
        self._pair(basic, 3, self.tr("Ethnicity"), self.ethnicity,
                   self.tr("Native place"), self.native_place)
        self._pair(basic, 4, self.tr("Political status"), self.political_status,
                   self.tr("Education"), self.education)
        self._pair(basic, 5, self.tr("Household registration"), self.household_place,
                   self.tr("Household kind"), self.household_kind)

        work_group = QGroupBox(self.tr("Work"), self)
        work = self._grid(work_group)
        self.union = UnionCombo(self)
        self.union.setObjectName("grassroots_union_id")
        self._order.append(self.union)
        self.employer = self._line("employer")
        self.job = self._line("job")
        self.professional_title = self._line("professional_title")
        self.skill_level = self._line("skill_level")
        self.priority_group = self._combo(PriorityGroup, "priority_group",
                                          self.tr("Not in a priority group"))
        self.migrant_worker = QCheckBox(self.tr("Migrant worker"), self)
        self.migrant_worker.setObjectName("migrant_worker")
        self._order.append(self.migrant_worker)
        self._wide(work, 0, self.tr("Grassroots union"), self.union)
        self._wide(work, 1, self.tr("Employer"), self.employer)
        self._pair(work, 2, self.tr("Job"), self.job,
                   self.tr("Professional title"), self.professional_title)
        self._pair(work, 3, self.tr("Skill level"), self.skill_level,
                   self.tr("Worker group"), self.priority_group)
        work.addWidget(self.migrant_worker, 4, 1, 1, 3)

        contact_group = QGroupBox(self.tr("Contact"), self)
        contact = self._grid(contact_group)
        self.phone = self._line("phone")
        self.phone.setPlaceholderText(self.tr("Mobile, or landline with area code"))
        self.phone_error = error_label(self, "phoneError")
        self.address = self._line("address")
        self._wide(contact, 0, self.tr("Phone"), self.phone)
        contact.addWidget(self.phone_error, 1, 1, 1, 3)
        self._wide(contact, 2, self.tr("Home address"), self.address)

        joining_group = QGroupBox(self.tr("Membership"), self)
        joining = self._grid(joining_group)
        self.joined_on = date_edit(self)
        self.joined_on.setObjectName("joined_on")
        self._order.append(self.joined_on)
        self.card_no = self._shown("cardNo")
        self.transfer_in_from = self._line("transfer_in_from")
        self.transfer_in_from.setPlaceholderText(
            self.tr("Only for a member transferred in from a union elsewhere"))
        self.consent_on = OptionalDateEdit(self.tr("Same as joining date"), self)
        self.consent_on.setObjectName("consent_on")
        self._order.append(self.consent_on)
        self.consent_method = self._combo(ConsentMethod, "consent_method", blank=None)
        self._pair(joining, 0, self.tr("Joined on"), self.joined_on,
                   self.tr("Card number"), self.card_no)
        self._wide(joining, 1, self.tr("Transferred in from"), self.transfer_in_from)
        self._pair(joining, 2, self.tr("Consent to personal data given on"), self.consent_on,
                   self.tr("Consent given by"), self.consent_method)

        model_group = QGroupBox(self.tr("Model worker"), self)
        model = self._grid(model_group)
        self.model_worker_level = self._combo(ModelWorkerLevel, "model_worker_level",
                                              self.tr("Not a model worker"))
        self.model_worker_year = YearSpin(not_given, self)
        self.model_worker_year.setObjectName("model_worker_year")
        self._order.append(self.model_worker_year)
        self.model_worker_title = self._line("model_worker_title")
        self.model_worker_title.setPlaceholderText(self.tr("e.g. Zhejiang Provincial Model Worker"))
        self.model_worker_body = self._line("model_worker_body")
        self._pair(model, 0, self.tr("Level"), self.model_worker_level,
                   self.tr("Year awarded"), self.model_worker_year)
        self._wide(model, 1, self.tr("Title"), self.model_worker_title)
        self._wide(model, 2, self.tr("Awarded by"), self.model_worker_body)

        remarks_group = QGroupBox(self.tr("Remarks"), self)
        self.remarks = QPlainTextEdit(remarks_group)
        self.remarks.setObjectName("remarks")
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(64)
        self._order.append(self.remarks)
        QVBoxLayout(remarks_group).addWidget(self.remarks)

        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(0, 1)
        self._layout.addWidget(self._basic_group, 0, 0)
        for row, group in enumerate((work_group, contact_group, joining_group, model_group,
                                     remarks_group), start=1):
            self._layout.addWidget(group, row, 0, 1, 2)
        self.id_number.textChanged.connect(self._check_id_number)
        self.id_number.editingFinished.connect(lambda: self._check_id_number(finished=True))
        self.phone.editingFinished.connect(self._check_phone)
        self.phone.textChanged.connect(lambda: show_message(self.phone_error, ""))
        self._photo_hash: str | None = None

    # -- building --------------------------------------------------------------------------

    def set_corner(self, widget: QWidget) -> None:
        """Beside the basic information, where the paper sheet has its photo."""
        self._layout.addWidget(widget, 0, 1, Qt.AlignmentFlag.AlignTop)

    def tab_order(self) -> list[QWidget]:
        """The editors in the order they are read on the sheet."""
        return list(self._order)

    def _grid(self, group: QGroupBox) -> QGridLayout:
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(10)
        return grid

    def _line(self, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.textEdited.connect(lambda _text, e=edit: mark_invalid(e, False))
        self._order.append(edit)
        return edit

    def _shown(self, name: str) -> QLineEdit:
        """Read-only and skipped by Tab: filled from elsewhere."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setReadOnly(True)
        edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        edit.setStyleSheet("background: palette(window);")
        return edit

    def _combo(self, enum: type[E], field: str, blank: str | None) -> EnumCombo[E]:
        combo = EnumCombo(enum, blank, self)
        combo.setObjectName(field)
        self._order.append(combo)
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _pair(self, grid: QGridLayout, row: int, left: str, left_widget: QWidget,
              right: str, right_widget: QWidget) -> None:
        grid.addWidget(self._label(left, left_widget), row, 0)
        grid.addWidget(left_widget, row, 1)
        grid.addWidget(self._label(right, right_widget), row, 2)
        grid.addWidget(right_widget, row, 3)

    def _wide(self, grid: QGridLayout, row: int, text: str, widget: QWidget) -> None:
        grid.addWidget(self._label(text, widget), row, 0)
        grid.addWidget(widget, row, 1, 1, 3)

    # -- live checks -----------------------------------------------------------------------

    def _check_id_number(self, text: str | None = None, finished: bool = False) -> None:
        """Fill birth date and gender as soon as the number is whole; say why when wrong."""
        mark_invalid(self.id_number, False)
        raw = to_halfwidth(self.id_number.text()).strip()
        self.gender.clear()
        self.birth_date.clear()
        if not raw:
            show_message(self.id_error, "")
            return
        try:
            identity = parse_id_number(raw, today=self._today())
        except InvalidIdNumber as exc:
            typing = exc.problem is IdNumberProblem.LENGTH and len(raw) < 18 and not finished
            show_message(self.id_error, "" if typing else str(exc))
            if not typing:
                mark_invalid(self.id_number, True)
            return
        show_message(self.id_error, "")
        self.gender.setText(identity.gender.label)
        self.birth_date.setText(identity.birth_date.isoformat())

    def _check_phone(self) -> None:
        problem = phone_problem(self.phone.text())
        if problem:
            show_message(self.phone_error, problem)

    # -- values ----------------------------------------------------------------------------

    def set_unions(self, unions: list[tuple[UUID, str]], current: UUID | None,
                   last_used: UUID | None = None) -> None:
        self.union.set_unions(unions, current, last_used)

    def load(self, draft: MemberDraft | None, card_text: str) -> None:
        """Show `draft`, or an empty sheet for a new member when None."""
        today = self._today()
        self.joined_on.setMaximumDate(qdate(today))
        self.model_worker_year.setMaximum(today.year)
        values = draft or MemberDraft(name="", id_number="", grassroots_union_id=UUID(int=0),
                                      joined_on=today)
        for edit in (self.name, self.id_number, self.employer, self.job, self.native_place,
                     self.household_place, self.professional_title, self.skill_level,
                     self.model_worker_title, self.model_worker_body, self.address,
                     self.transfer_in_from, self.phone):
            edit.setText(str(getattr(values, edit.objectName())))
            mark_invalid(edit, False)
        self.remarks.setPlainText(values.remarks)
        for combo, value in ((self.ethnicity, values.ethnicity),
                             (self.political_status, values.political_status),
                             (self.education, values.education),
                             (self.household_kind, values.household_kind),
                             (self.priority_group, values.priority_group),
                             (self.consent_method, values.consent_method),
                             (self.model_worker_level, values.model_worker_level)):
            combo.set_value(value)  # type: ignore[arg-type]
        self.migrant_worker.setChecked(values.migrant_worker)
        self.joined_on.setDate(qdate(values.joined_on))
        self.consent_on.set_value(values.consent_on if draft else None)
        self.model_worker_year.set_value(values.model_worker_year)
        self.card_no.setText(card_text)
        self._photo_hash = values.photo_hash
        show_message(self.phone_error, "")
        self._check_id_number()

    @property
    def photo_hash(self) -> str | None:
        return self._photo_hash

    @photo_hash.setter
    def photo_hash(self, value: str | None) -> None:
        self._photo_hash = value

    def draft(self, union_id: UUID) -> MemberDraft:
        return MemberDraft(
            name=self.name.text(),
            id_number=to_halfwidth(self.id_number.text()),
            grassroots_union_id=union_id,
            joined_on=pydate(self.joined_on.date()),
            phone=self.phone.text(),
            employer=self.employer.text(),
            job=self.job.text(),
            priority_group=self.priority_group.value(),
            migrant_worker=self.migrant_worker.isChecked(),
            ethnicity=self.ethnicity.value(),
            education=self.education.value(),
            political_status=self.political_status.value(),
            native_place=self.native_place.text(),
            household_place=self.household_place.text(),
            household_kind=self.household_kind.value(),
            professional_title=self.professional_title.text(),
            skill_level=self.skill_level.text(),
            model_worker_level=self.model_worker_level.value(),
            model_worker_title=self.model_worker_title.text(),
            model_worker_year=self.model_worker_year.value_or_none(),
            model_worker_body=self.model_worker_body.text(),
            address=self.address.text(),
            remarks=self.remarks.toPlainText(),
            consent_on=self.consent_on.value(),
            consent_method=self.consent_method.value(),
            photo_hash=self._photo_hash,
            transfer_in_from=self.transfer_in_from.text(),
        )

    def editor_for(self, label: str) -> QWidget | None:
        """The editor of a field named by its officers' label (InvalidField.field)."""
        field = _LABEL_TO_FIELD.get(label)
        if field is None:
            return None
        return self.findChild(QWidget, field)
