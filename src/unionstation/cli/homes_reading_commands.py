"""`unionstation books|loans|services ...`: the reading room and the counted services of
the workers' homes issue."""

from __future__ import annotations

import argparse

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station
from unionstation.cli.homes_commands import day

SERVICES = ("rest", "water", "charging", "microwave", "haircut", "shower", "book_lent",
            "medical_kit", "other")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    books = sub.add_parser("books", parents=[common], help="the reading room's books")
    book_verbs = books.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = book_verbs.add_parser("add", parents=[common], help="add a title")
    add.add_argument("venue")
    add.add_argument("--title", required=True)
    add.add_argument("--author", default="")
    add.add_argument("--isbn", default="")
    add.add_argument("--copies", type=int, default=1)
    add.add_argument("--category", default="")
    add.add_argument("--donor", default="")
    add.set_defaults(handler=_books_add)

    loans = sub.add_parser("loans", parents=[common], help="lending to members")
    loan_verbs = loans.add_subparsers(dest="verb", metavar="VERB", required=True)
    out = loan_verbs.add_parser("out", parents=[common], help="lend a book")
    out.add_argument("book", help="the book's id or ISBN")
    out.add_argument("--member", required=True, help="member id, card number or ID number")
    out.add_argument("--date", type=day, default=None, help="the loan date (default today)")
    out.add_argument("--due", type=day, default=None)
    out.set_defaults(handler=_loans_out)
    back = loan_verbs.add_parser("back", parents=[common], help="a book returned")
    back.add_argument("loan")
    back.set_defaults(handler=_loans_back)
    overdue = loan_verbs.add_parser("overdue", parents=[common], help="loans past due")
    overdue.set_defaults(handler=_loans_overdue)

    services = sub.add_parser("services", parents=[common], help="services counted at venues")
    service_verbs = services.add_subparsers(dest="verb", metavar="VERB", required=True)
    log = service_verbs.add_parser("log", parents=[common], help="a day's count of a service")
    log.add_argument("venue")
    log.add_argument("--date", type=day, required=True)
    log.add_argument("--service", choices=SERVICES, required=True)
    log.add_argument("--count", type=int, required=True)
    log.set_defaults(handler=_services_log)
    month = service_verbs.add_parser("month", parents=[common],
                                     help="a month's totals and subsidy")
    month.add_argument("venue")
    month.add_argument("--month", required=True, metavar="YYYY-MM")
    month.set_defaults(handler=_services_month)


def _books_add(args: argparse.Namespace) -> int:
    from unionstation.services.homes.reading import ReadingRoomService

    with open_station(args) as runtime:
        book = ReadingRoomService(runtime.context).add_book(
            args.venue, args.title, args.author, args.isbn, args.copies, args.category,
            args.donor)
    emit(args, {"book": str(book.id), "copies": book.copies},
         f"已登记图书《{book.title}》{book.copies} 册,编号 {book.id}")
    return EXIT_OK


def _loans_out(args: argparse.Namespace) -> int:
    from unionstation.services.homes.reading import ReadingRoomService

    with open_station(args) as runtime:
        loan = ReadingRoomService(runtime.context).lend(args.book, args.member, args.date,
                                                        args.due)
    emit(args, {"loan": str(loan.id), "due": loan.due_on.isoformat()},
         f"《{loan.title}》借给 {loan.member},应还日期 {loan.due_on},借阅编号 {loan.id}")
    return EXIT_OK


def _loans_back(args: argparse.Namespace) -> int:
    from unionstation.services.homes.reading import ReadingRoomService

    with open_station(args) as runtime:
        loan = ReadingRoomService(runtime.context).back(args.loan)
    returned = loan.returned_on.isoformat() if loan.returned_on else None
    emit(args, {"loan": str(loan.id), "returned": returned}, f"《{loan.title}》已归还")
    return EXIT_OK


def _loans_overdue(args: argparse.Namespace) -> int:
    from unionstation.services.homes.reading import ReadingRoomService

    with open_station(args) as runtime:
        today = runtime.context.today()
        loans = ReadingRoomService(runtime.context).loans(overdue=True)
    rows = [{"loan": str(x.id), "title": x.title, "member": x.member, "card_no": x.card_no,
             "due": x.due_on.isoformat(), "days_overdue": x.days_overdue(today)} for x in loans]
    text = "\n".join(f"《{x.title}》\t{x.member}\t{x.card_no}\t应还 {x.due_on}\t"
                     f"逾期 {x.days_overdue(today)} 天" for x in loans)
    emit(args, {"total": len(rows), "loans": rows}, text or "没有逾期未还的图书")
    return EXIT_OK


def _services_log(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import ServiceKind
    from unionstation.services.homes.service_logs import ServiceLogService
    from unionstation.services.homes.venues import VenueService

    with open_station(args) as runtime:
        venue = VenueService(runtime.context).get(args.venue)
        ServiceLogService(runtime.context).log(venue.id, args.date, ServiceKind(args.service),
                                               args.count)
    emit(args, {"venue": str(venue.id), "date": args.date.isoformat(), "service": args.service,
                "count": args.count},
         f"{venue.name} {args.date}:{ServiceKind(args.service).label} {args.count} 次")
    return EXIT_OK


def _services_month(args: argparse.Namespace) -> int:
    from unionstation.domain.homes import parse_month
    from unionstation.services.homes.service_logs import ServiceLogService

    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    with open_station(args) as runtime:
        claim = ServiceLogService(runtime.context).claim(args.venue, month)
    services = {line.service.value: line.count for line in claim.lines}
    lines = [f"{x.service.label}\t{x.count} 次\t× {x.rate} = {x.amount}" for x in claim.lines]
    lines.append(f"合计 {claim.total_count} 次,补贴 ¥{claim.subsidy}")
    emit(args, {"venue": str(claim.venue_id), "month": f"{month:%Y-%m}", "services": services,
                "total": claim.total_count, "subsidy": str(claim.subsidy)}, "\n".join(lines))
    return EXIT_OK
