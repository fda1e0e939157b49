"""The reading room (职工书屋): books with checked ISBNs, loans to active members found by
card number or name, returns, renewals and the overdue list."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import ValidationError

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound
from unionstation.services.homes.common import find_venue
from unionstation.services.members import MemberService
from unionstation.services.setting_values import read_setting, write_setting
from unionstation.store.models import Book, Loan, Member

__all__ = ["BookRow", "LoanRow", "ReadingRoomService", "clean_isbn"]

LOAN_DAYS_KEY = "homes.loan_days"
DEFAULT_LOAN_DAYS = 30


def clean_isbn(text: str) -> str:
    """The ISBN-13 of a typed ISBN-10 or -13 (hyphens and spaces dropped), checked by
    python-stdnum; "" for no ISBN. A bad checksum raises InvalidField."""
    raw = normalize_text(text)
    if not raw:
        return ""
    try:
        return str(stdnum_isbn.to_isbn13(stdnum_isbn.validate(raw)))
    except ValidationError:
        raise InvalidField("图书", "ISBN", f"“{text}”校验不通过,请核对书后的条码号") from None


@dataclass(frozen=True)
class BookRow:
    id: UUID
    venue_id: UUID
    title: str
    author: str
    isbn: str
    category: str
    copies: int
    on_loan: int
    donor: str

    @property
    def available(self) -> int:
        return self.copies - self.on_loan


@dataclass(frozen=True)
class LoanRow:
    id: UUID
    book_id: UUID
    title: str
    member_id: UUID
    member: str
    card_no: str
    lent_on: date
    due_on: date
    returned_on: date | None
    renewals: int

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_on).days) if self.returned_on is None else 0


class ReadingRoomService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- settings ----------------------------------------------------------------------------

    def loan_days(self) -> int:
        value = read_setting(self._ctx, LOAN_DAYS_KEY)
        return int(value) if isinstance(value, int) and value > 0 else DEFAULT_LOAN_DAYS

    def set_loan_days(self, days: int) -> None:
        self._ctx.require(Action.SETTINGS_EDIT, LOAN_DAYS_KEY)
        if not 1 <= days <= 365:
            raise InvalidField("借阅", "借期", "应在 1–365 天之间")
        write_setting(self._ctx, LOAN_DAYS_KEY, days)

    # -- books -------------------------------------------------------------------------------

    def add_book(self, venue_key: str | UUID, title: str, author: str = "", isbn: str = "",
                 copies: int = 1, category: str = "", donor: str = "") -> BookRow:
        self._ctx.require(Action.ASSET_EDIT, "book.add")
        clean_title = normalize_text(title)
        if not clean_title:
            raise InvalidField("图书", "书名", "不能为空")
        if copies < 1:
            raise InvalidField(clean_title, "册数", "至少 1 册")
        number = clean_isbn(isbn)
        with self._ctx.unit_of_work() as session:
            venue = find_venue(session, venue_key)
            book = Book(venue_id=venue.id, title=clean_title, author=normalize_text(author),
                        isbn=number, copies=copies, category=normalize_text(category),
                        donor=normalize_text(donor))
            session.add(book)
            session.flush()
            return BookRow(book.id, venue.id, book.title, book.author, book.isbn,
                           book.category, book.copies, 0, book.donor)

    def books(self, venue_id: UUID | None = None) -> list[BookRow]:
        self._ctx.require(Action.VENUE_READ)
        on_loan = (select(Loan.book_id, func.count(Loan.id).label("n"))
                   .where(Loan.returned_on.is_(None), Loan.deleted_at.is_(None))
                   .group_by(Loan.book_id).subquery())
        query = (select(Book, on_loan.c.n).outerjoin(on_loan, on_loan.c.book_id == Book.id)
                 .where(Book.deleted_at.is_(None)).order_by(Book.title))
        if venue_id is not None:
            query = query.where(Book.venue_id == venue_id)
        with self._ctx.reading() as session:
            return [BookRow(b.id, b.venue_id, b.title, b.author, b.isbn, b.category, b.copies,
                            n or 0, b.donor) for b, n in session.execute(query)]

    def _book(self, session: Session, key: str | UUID) -> Book:
        book = None
        if isinstance(key, UUID):
            book = session.get(Book, key)
        else:
            with suppress(ValueError):
                book = session.get(Book, UUID(normalize_text(key)))
            if book is None:
                with suppress(InvalidField):
                    number = clean_isbn(key)
                    book = session.scalars(select(Book).where(
                        Book.isbn == number, Book.deleted_at.is_(None))).first()
        if book is None or book.deleted_at is not None:
            raise NotFound(f"找不到图书“{key}”(可用图书编号或 ISBN)。")
        return book

    # -- loans -------------------------------------------------------------------------------

    def find_readers(self, text: str) -> list[tuple[UUID, str, str]]:
        """(id, name, card number) of active members whose card number is `text` (or the
        card's scanned QR `US1:<station>:<card>`), else whose name is `text`."""
        self._ctx.require(Action.MEMBER_READ)
        clean = normalize_text(text)
        if clean.startswith("US1:") and clean.count(":") == 2:
            clean = clean.rsplit(":", 1)[1]
        with self._ctx.reading() as session:
            active = (Member.status == MemberStatus.ACTIVE, Member.deleted_at.is_(None))
            rows = list(session.execute(select(Member.id, Member.name, Member.card_no).where(
                Member.card_no == clean, *active)))
            if not rows:
                rows = list(session.execute(select(Member.id, Member.name, Member.card_no)
                                            .where(Member.name == clean, *active).limit(20)))
            return [(i, n, c or "") for i, n, c in rows]

    def lend(self, book_key: str | UUID, member_key: str | UUID, lent_on: date | None = None,
             due_on: date | None = None) -> LoanRow:
        self._ctx.require(Action.ASSET_EDIT, "loan.out")
        member_id = member_key if isinstance(member_key, UUID) else \
            MemberService(self._ctx).resolve(member_key).id
        day = lent_on or self._ctx.today()
        due = due_on or day + timedelta(days=self.loan_days())
        if due < day:
            raise InvalidField("借阅", "应还日期", "不能早于借出日期")
        with self._ctx.unit_of_work() as session:
            book = self._book(session, book_key)
            member = session.get_one(Member, member_id)
            if member.status is not MemberStatus.ACTIVE or member.deleted_at is not None:
                raise InvalidField(member.name, "会员状态",
                                   f"为“{member.status.label}”,只有在册会员可以借书")
            out = session.scalar(select(func.count(Loan.id)).where(
                Loan.book_id == book.id, Loan.returned_on.is_(None),
                Loan.deleted_at.is_(None))) or 0
            if out >= book.copies:
                raise InvalidField(f"《{book.title}》", "在架册数", "已全部借出,没有可借的一册")
            loan = Loan(book_id=book.id, member_id=member.id, lent_on=day, due_on=due,
                        note="")
            session.add(loan)
            session.flush()
            return _loan_row(loan, book, member)

    def back(self, loan_id: str | UUID, on: date | None = None) -> LoanRow:
        self._ctx.require(Action.ASSET_EDIT, "loan.back")
        with self._ctx.unit_of_work() as session:
            loan = self._loan(session, loan_id)
            if loan.returned_on is not None:
                raise InvalidField("借阅", "归还", f"已于 {loan.returned_on} 归还")
            loan.returned_on = on or self._ctx.today()
            return _loan_row(loan, session.get_one(Book, loan.book_id),
                             session.get_one(Member, loan.member_id))

    def renew(self, loan_id: str | UUID) -> LoanRow:
        self._ctx.require(Action.ASSET_EDIT, "loan.renew")
        days = self.loan_days()
        with self._ctx.unit_of_work() as session:
            loan = self._loan(session, loan_id)
            if loan.returned_on is not None:
                raise InvalidField("借阅", "续借", "已归还的书不能续借")
            loan.due_on = max(loan.due_on, self._ctx.today()) + timedelta(days=days)
            loan.renewals += 1
            return _loan_row(loan, session.get_one(Book, loan.book_id),
                             session.get_one(Member, loan.member_id))

    def _loan(self, session: Session, key: str | UUID) -> Loan:
        loan = None
        with suppress(ValueError):
            loan = session.get(Loan, key if isinstance(key, UUID) else UUID(key.strip()))
        if loan is None or loan.deleted_at is not None:
            raise NotFound(f"找不到借阅记录“{key}”。")
        return loan

    def loans(self, *, open_only: bool = True, overdue: bool = False,
              venue_id: UUID | None = None, member_id: UUID | None = None) -> list[LoanRow]:
        self._ctx.require(Action.VENUE_READ)
        query = (select(Loan, Book, Member).join(Book, Book.id == Loan.book_id)
                 .join(Member, Member.id == Loan.member_id)
                 .where(Loan.deleted_at.is_(None)).order_by(Loan.due_on, Book.title))
        if open_only or overdue:
            query = query.where(Loan.returned_on.is_(None))
        if overdue:
            query = query.where(Loan.due_on < self._ctx.today())
        if venue_id is not None:
            query = query.where(Book.venue_id == venue_id)
        if member_id is not None:
            query = query.where(Loan.member_id == member_id)
        with self._ctx.reading() as session:
            return [_loan_row(loan, book, member)
                    for loan, book, member in session.execute(query)]

    def monthly(self, year: int) -> dict[int, tuple[int, int]]:
        """{month: (readers, loans)} of loans made in `year`."""
        self._ctx.require(Action.VENUE_READ)
        month = func.strftime("%m", Loan.lent_on)
        query = (select(month, func.count(func.distinct(Loan.member_id)), func.count(Loan.id))
                 .where(Loan.deleted_at.is_(None),
                        Loan.lent_on >= date(year, 1, 1), Loan.lent_on < date(year + 1, 1, 1))
                 .group_by(month))
        with self._ctx.reading() as session:
            return {int(m): (int(r), int(n)) for m, r, n in session.execute(query)}


def _loan_row(loan: Loan, book: Book, member: Member) -> LoanRow:
    return LoanRow(loan.id, book.id, book.title, member.id, member.name, member.card_no or "",
                   loan.lent_on, loan.due_on, loan.returned_on, loan.renewals)
