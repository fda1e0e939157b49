"""The reading room tab: books, and loans to a member found by card number (typed, or the
card's QR scanned) or by name; returns, renewals and the overdue list."""

from __future__ import annotations

from datetime import date
from functools import partial
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionstation.domain.permissions import Action
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.ui.homes.common import RowsModel, attempt, selected_keys, table
from unionstation.ui.page_context import PageContext
from unionstation.ui.style import ERROR_STYLE

BOOK_COLUMNS = (
    QT_TRANSLATE_NOOP("ReadingTab", "Title"),
    QT_TRANSLATE_NOOP("ReadingTab", "Author"),
    QT_TRANSLATE_NOOP("ReadingTab", "ISBN"),
    QT_TRANSLATE_NOOP("ReadingTab", "Category"),
    QT_TRANSLATE_NOOP("ReadingTab", "Donor"),
    QT_TRANSLATE_NOOP("ReadingTab", "Copies"),
    QT_TRANSLATE_NOOP("ReadingTab", "Available"),
)
LOAN_COLUMNS = (
    QT_TRANSLATE_NOOP("ReadingTab", "Title"),
    QT_TRANSLATE_NOOP("ReadingTab", "Reader"),
    QT_TRANSLATE_NOOP("ReadingTab", "Card number"),
    QT_TRANSLATE_NOOP("ReadingTab", "Lent"),
    QT_TRANSLATE_NOOP("ReadingTab", "Due"),
    QT_TRANSLATE_NOOP("ReadingTab", "Days overdue"),
)


class ReadingTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reading = ReadingRoomService(context.services)
        self.venue_id: UUID | None = None
        editable = context.services.may(Action.ASSET_EDIT)

        self.title = QLineEdit(self)
        self.title.setObjectName("bookTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.author = QLineEdit(self)
        self.author.setObjectName("bookAuthor")
        self.author.setPlaceholderText(self.tr("Author"))
        self.isbn = QLineEdit(self)
        self.isbn.setObjectName("bookIsbn")
        self.isbn.setPlaceholderText("ISBN")
        self.category = QLineEdit(self)
        self.category.setObjectName("bookCategory")
        self.category.setPlaceholderText(self.tr("Category"))
        self.donor = QLineEdit(self)
        self.donor.setObjectName("bookDonor")
        self.donor.setPlaceholderText(self.tr("Donor"))
        self.copies = QSpinBox(self)
        self.copies.setObjectName("bookCopies")
        self.copies.setRange(1, 9999)
        self.add_book_button = QPushButton(self.tr("Add book"), self)
        self.add_book_button.setObjectName("addBook")
        self.add_book_button.clicked.connect(self.add_book)
        self.add_book_button.setEnabled(editable)
        book_row = QHBoxLayout()
        for widget, stretch in ((self.title, 3), (self.author, 2), (self.isbn, 2),
                                (self.category, 1), (self.donor, 2), (self.copies, 0),
                                (self.add_book_button, 0)):
            book_row.addWidget(widget, stretch)
        self.books = RowsModel([self.tr(str(c)) for c in BOOK_COLUMNS], self)
        self.book_table = table(self, self.books, "bookTable",
                                (220, 120, 120, 80, 140, 60, 60))

        self.reader = QLineEdit(self)
        self.reader.setObjectName("readerInput")
        self.reader.setPlaceholderText(self.tr("Reader's card number (or scan the card) or "
                                               "name, then Enter"))
        self.reader.returnPressed.connect(self.find_reader)
        self.readers = QComboBox(self)
        self.readers.setObjectName("readerChoice")
        self.lent_on = QDateEdit(self)
        self.lent_on.setObjectName("lentOn")
        self.lent_on.setCalendarPopup(True)
        self.lent_on.setDisplayFormat("yyyy-MM-dd")
        self.lent_on.setToolTip(self.tr("The loan date: today, or the day on a paper record"))
        today = context.services.today()
        self.lent_on.setDate(QDate(today.year, today.month, today.day))
        self.lent_on.setMaximumDate(self.lent_on.date())
        self.lend_button = QPushButton(self.tr("Lend the selected book"), self)
        self.lend_button.setObjectName("lendBook")
        self.lend_button.clicked.connect(self.lend)
        self.lend_button.setEnabled(editable)
        self.loan_days = QSpinBox(self)
        self.loan_days.setObjectName("loanDays")
        self.loan_days.setRange(1, 365)
        self.loan_days.setSuffix(self.tr(" days"))
        self.loan_days.setToolTip(self.tr("The loan period: a loan is due this many days "
                                          "after its loan date"))
        self.loan_days.setValue(self.reading.loan_days())
        self.loan_days_button = QPushButton(self.tr("Set loan period"), self)
        self.loan_days_button.setObjectName("setLoanDays")
        self.loan_days_button.clicked.connect(self.set_loan_days)
        may_set = context.services.may(Action.SETTINGS_EDIT)
        for widget in (self.loan_days, self.loan_days_button):
            widget.setEnabled(may_set)
            if not may_set:
                widget.setToolTip(self.tr("Your role may not change the loan period."))
        self.message = QLabel(self)
        self.message.setObjectName("readingMessage")
        lend_row = QHBoxLayout()
        lend_row.addWidget(self.reader, 2)
        lend_row.addWidget(self.readers, 1)
        lend_row.addWidget(self.lent_on)
        lend_row.addWidget(self.lend_button)

        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setObjectName("overdueOnly")
        self.overdue.toggled.connect(lambda _on: self.refresh())
        self.back_button = QPushButton(self.tr("Returned"), self)
        self.back_button.setObjectName("returnBook")
        self.back_button.clicked.connect(self.give_back)
        self.renew_button = QPushButton(self.tr("Renew"), self)
        self.renew_button.setObjectName("renewLoan")
        self.renew_button.clicked.connect(self.renew)
        for button in (self.back_button, self.renew_button):
            button.setEnabled(editable)
        loan_tools = QHBoxLayout()
        self.per_month = QLabel(self)
        self.per_month.setObjectName("loansPerMonth")
        self.month = QDateEdit(self)  # readers and loans of any month, this one first
        self.month.setObjectName("loansMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(self.lent_on.date())
        self.month.setMaximumDate(self.lent_on.date())
        self.month.setToolTip(self.tr("The month whose readers and loans are counted"))
        self.month.dateChanged.connect(lambda _day: self._show_month())
        loan_tools.addWidget(self.overdue)
        loan_tools.addWidget(self.month)
        loan_tools.addWidget(self.per_month, 1)
        loan_tools.addWidget(QLabel(self.tr("Loan period"), self))
        loan_tools.addWidget(self.loan_days)
        loan_tools.addWidget(self.loan_days_button)
        loan_tools.addWidget(self.back_button)
        loan_tools.addWidget(self.renew_button)
        self.loans = RowsModel([self.tr(str(c)) for c in LOAN_COLUMNS], self)
        self.loan_table = table(self, self.loans, "loanTable", (200, 90, 130, 90, 90, 80))

        layout = QVBoxLayout(self)
        layout.addLayout(book_row)
        layout.addWidget(self.book_table, 1)
        layout.addLayout(lend_row)
        layout.addWidget(self.message)
        layout.addLayout(loan_tools)
        layout.addWidget(self.loan_table, 1)

    def show_venue(self, venue_id: UUID | None) -> None:
        self.venue_id = venue_id
        self.add_book_button.setEnabled(venue_id is not None
                                        and self.context.services.may(Action.ASSET_EDIT))
        self.refresh()

    def refresh(self) -> None:
        self.loan_days.setValue(self.reading.loan_days())
        books = self.reading.books(self.venue_id)
        self.books.set_rows([(b.title, b.author, b.isbn, b.category, b.donor, b.copies,
                              b.available) for b in books],
                            [b.id for b in books])
        today = self.context.services.today()
        loans = self.reading.loans(overdue=self.overdue.isChecked(), venue_id=self.venue_id)
        self.loans.set_rows([(x.title, x.member, x.card_no, x.lent_on, x.due_on,
                              x.days_overdue(today) or "") for x in loans],
                            [x.id for x in loans],
                            {n: "#b00020" for n, x in enumerate(loans) if x.days_overdue(today)})
        self._show_month()

    def _show_month(self) -> None:
        """The picked month's readers and loans; the tooltip has every month of its year."""
        picked = self.month.date()
        months = self.reading.monthly(picked.year())
        readers, lent = months.get(picked.month(), (0, 0))
        self.per_month.setText(self.tr("{0} readers, {1} loans").format(readers, lent))
        self.per_month.setToolTip("\n".join(
            self.tr("{0}-{1:02d}: {2} readers, {3} loans").format(
                picked.year(), month, *months[month]) for month in sorted(months)))

    def add_book(self) -> None:
        if self.venue_id is None:
            return
        venue_id = self.venue_id
        book = attempt(self.context, self.tr("Add book"), lambda: self.reading.add_book(
            venue_id, self.title.text(), self.author.text(), self.isbn.text(),
            self.copies.value(), self.category.text(), self.donor.text()))
        if book is not None:
            for field in (self.title, self.author, self.isbn, self.category, self.donor):
                field.clear()
            self.copies.setValue(1)
            self.refresh()

    def find_reader(self) -> None:
        text = self.reader.text()
        self.readers.clear()
        found = attempt(self.context, self.tr("Reader"), lambda: self.reading.find_readers(text))
        if not found:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("No active member with card number or name “{0}”.")
                                 .format(text.strip()))
            return
        for member_id, name, card in found:
            self.readers.addItem(f"{name}  {card}", member_id)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Reader: {0}").format(self.readers.currentText()))

    def lend(self) -> None:
        books = selected_keys(self.book_table, self.books)
        member_id = self.readers.currentData()
        if len(books) != 1 or member_id is None:
            self.context.dialogs.inform(self.tr("Lend"),
                                        self.tr("Select one book and find the reader first."))
            return
        picked = self.lent_on.date()
        lent_on = date(picked.year(), picked.month(), picked.day())
        loan = attempt(self.context, self.tr("Lend"), lambda: self.reading.lend(
            books[0], member_id, lent_on))
        if loan is not None:
            self.message.setText(self.tr("Lent “{0}” to {1}, due {2}.").format(
                loan.title, loan.member, loan.due_on))
            self.refresh()

    def set_loan_days(self) -> None:
        days = self.loan_days.value()

        def save() -> bool:
            self.reading.set_loan_days(days)
            return True

        if attempt(self.context, self.tr("Loan period"), save) is not None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("New loans are due {0} days after the loan date.")
                                 .format(days))
        self.loan_days.setValue(self.reading.loan_days())

    def give_back(self) -> None:
        for loan_id in selected_keys(self.loan_table, self.loans):
            attempt(self.context, self.tr("Returned"), partial(self.reading.back, loan_id))
        self.refresh()

    def renew(self) -> None:
        for loan_id in selected_keys(self.loan_table, self.loans):
            attempt(self.context, self.tr("Renew"), partial(self.reading.renew, loan_id))
        self.refresh()
