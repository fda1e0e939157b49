"""A station whose every figure was counted by hand (the comments say how), built through
the member and union services on fixed dates, never by the report code under test.

Ten members over five unions; in March 2026 members join, move between the station's own
unions, leave, come back and transfer out, one of them (钱五) joining, moving and
transferring out inside the month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

from tests.factories import make_id_number
from unionstation.domain.codes import ModelWorkerLevel, PriorityGroup
from unionstation.domain.credit_code import credit_code_check_char
from unionstation.services.context import ServiceContext

TODAY = datetime(2026, 6, 30, 4, 0, tzinfo=UTC)
STATION = "统计测试街道总工会"

A, B, C, D, E = ("甲机械厂工会", "乙物流公司工会", "丙快递行业工会联合会", "丁商贸公司工会",
                 "戊已撤销工会")


def credit_code(seed: int) -> str:
    first17 = f"81330106{seed:09d}"
    return first17 + credit_code_check_char(first17)


@dataclass(frozen=True)
class Fixture:
    unions: dict[str, UUID]
    members: dict[str, UUID]


# Expected, counted by hand from the history below.
ANNUAL_2026_UNIONS = {"total": 4, "new": 1, "with_credit_code": 2}  # A B C D; B; A C
ANNUAL_2025_UNIONS = {"total": 3, "new": 1, "with_credit_code": 2}  # A C D; C; A C
ANNUAL_2026_MEMBERS = {
    "active": 6,            # 张一 李三 赵四 孙六 郑九 冯十
    "joined": 3,            # 李三 钱五 冯十 (孙六 came by transfer; 吴八 deleted)
    "transferred_in": 2,    # 孙六 (transfer-in enrolment), 郑九 (came back)
    "transferred_out": 1,   # 钱五
    "left": 1,              # 王二 lapsed
    "women": 3,             # 张一 李三 郑九
    "migrant": 2,           # 张一 李三
    "priority_groups": {g.value: 0 for g in PriorityGroup} | {
        "courier": 1, "food_delivery_rider": 1},
    "model_workers": {level.value: 0 for level in ModelWorkerLevel} | {"county": 1},
}
ANNUAL_2025_MEMBERS = {
    "active": 3,            # 张一 王二 赵四
    "joined": 3,            # 王二 赵四 周七
    "transferred_in": 0,
    "transferred_out": 1,   # 郑九
    "left": 1,              # 周七 retired
    "women": 1,             # 张一
    "migrant": 1,
    "priority_groups": {g.value: 0 for g in PriorityGroup} | {"courier": 1},
    "model_workers": {level.value: 0 for level in ModelWorkerLevel} | {"county": 1},
}
# March 2026: start, joined, transferred_in, transferred_out, left, end
MARCH_2026 = {
    A: (3, 1, 1, 2, 1, 2),  # 张一 王二 赵四; +钱五; +郑九 back; −赵四 −钱五 moved; −王二
    B: (0, 1, 1, 0, 0, 2),  # +李三; +赵四 moved in
    C: (0, 0, 2, 1, 0, 1),  # +孙六 transfer-in, +钱五 moved in; −钱五 transferred out
    D: (0, 0, 0, 0, 0, 0),
}
MARCH_2026_TOTALS = (3, 2, 4, 3, 1, 5)


def build(context: ServiceContext, *, seed: int = 0) -> Fixture:
    """The history, on the station open in `context` (created here)."""
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.station import StationService
    from unionstation.services.transfers import TransferService
    from unionstation.services.unions import UnionDraft, UnionService

    context.clock = lambda: TODAY
    if StationService(context).current() is None:
        StationService(context).create(STATION, "330106007", "测试县总工会",
                                       officer_name="王干事")
    context.officer = "王干事"
    unions = UnionService(context)
    ids = {
        A: unions.add(UnionDraft(A, credit_code=credit_code(seed * 10 + 1),
                                 founded_on=date(2010, 5, 1))).id,
        B: unions.add(UnionDraft(B, founded_on=date(2026, 3, 10))).id,
        C: unions.add(UnionDraft(C, credit_code=credit_code(seed * 10 + 2),
                                 founded_on=date(2025, 8, 1))).id,
        D: unions.add(UnionDraft(D)).id,
        E: unions.add(UnionDraft(E, credit_code=credit_code(seed * 10 + 3),
                                 founded_on=date(2012, 1, 1))).id,
    }
    unions.close(ids[E], date(2025, 12, 31))
    service = MemberService(context)
    moves = TransferService(context)
    region = f"33010{6 + seed}"

    def enroll(name: str, seq: int, union: str, joined: date, **extra: object) -> UUID:
        return service.enroll(MemberDraft(  # type: ignore[arg-type]
            name=name, id_number=make_id_number(region, date(1990, 1, 1), seq),
            grassroots_union_id=ids[union], joined_on=joined, **extra)).id

    # seq: odd is a man, even a woman
    m = {
        "张一": enroll("张一", 2, A, date(2024, 3, 1), migrant_worker=True,
                     priority_group=PriorityGroup.COURIER,
                     model_worker_level=ModelWorkerLevel.COUNTY),
        "王二": enroll("王二", 3, A, date(2025, 5, 10)),
        "周七": enroll("周七", 4, D, date(2025, 1, 10),
                     model_worker_level=ModelWorkerLevel.PROVINCIAL),
        "赵四": enroll("赵四", 5, A, date(2025, 11, 20)),
        "郑九": enroll("郑九", 6, A, date(2023, 6, 1)),
        "吴八": enroll("吴八", 7, C, date(2026, 2, 1)),
    }
    service.change_status(m["周七"], MemberStatus.RETIRED, date(2025, 12, 1), "退休")
    moves.out(m["郑九"], "外县某某工会", date(2025, 7, 1))
    service.delete(m["吴八"], "重复录入")
    # March 2026, in the order of the days
    m["钱五"] = enroll("钱五", 8, A, date(2026, 3, 5))
    m["李三"] = enroll("李三", 10, B, date(2026, 3, 12), migrant_worker=True,
                     priority_group=PriorityGroup.FOOD_DELIVERY_RIDER)
    service.change_status(m["王二"], MemberStatus.LAPSED, date(2026, 3, 15), "退会")
    m["孙六"] = enroll("孙六", 9, C, date(2026, 3, 18), transfer_in_from="外县某某工会")
    moves.within(m["赵四"], ids[B], date(2026, 3, 20))
    service.change_status(m["郑九"], MemberStatus.ACTIVE, date(2026, 3, 22), "转回本站")
    moves.within(m["钱五"], ids[C], date(2026, 3, 25))
    moves.out(m["钱五"], "市某某工会", date(2026, 3, 28))
    m["冯十"] = enroll("冯十", 11, B, date(2026, 4, 2))
    return Fixture(ids, m)
