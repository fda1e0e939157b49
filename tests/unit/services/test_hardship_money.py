from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.factories import connect_db
from tests.unit.services.hardship_world import approved
from unionstation.domain.hardship import (
    CampaignKind,
    FundingSource,
    HardshipCategory,
    MustVisitOccasion,
    VisitKind,
)
from unionstation.domain.permissions import Role
from unionstation.services.errors import PermissionDenied, UserError
from unionstation.services.hardship.campaigns import (
    CampaignDraft,
    CampaignService,
    DoublePayment,
    PaymentRefused,
)
from unionstation.services.hardship.payments import PaymentFilter, PaymentService
from unionstation.services.hardship.reminders import ReminderService
from unionstation.services.hardship.visits import VisitDraft, VisitService
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import AuditEntry, ChangeRecord, Payment


def _campaign(runtime: StationRuntime, budget: str = "10000", name: str = "2026年送温暖",
              kind: CampaignKind = CampaignKind.WINTER_WARMTH) -> object:
    return CampaignService(runtime.context).create(CampaignDraft(
        name, kind, 2026, budget,
        {HardshipCategory.SEVERE: "1000", HardshipCategory.RELATIVE: "500"}))


def test_a_payment_cannot_be_changed_even_through_raw_sql(runtime: StationRuntime) -> None:
    ctx = runtime.context
    row = approved(ctx, 1)
    visit, payment = VisitService(ctx).add(VisitDraft(
        row.id, ctx.today(), VisitKind.LIVING, cash="300", funding=FundingSource.DONATION))
    assert payment is not None
    connection = connect_db(runtime.home.db_path)
    try:
        with pytest.raises(Exception, match="append-only"):
            connection.execute("UPDATE payment SET amount = 1 WHERE id = ?", (payment.hex,))
        with pytest.raises(Exception, match="append-only"):
            connection.execute("DELETE FROM payment")
    finally:
        connection.close()
    rows, total = PaymentService(ctx).list(PaymentFilter(file_id=row.id))
    assert total == Decimal("300.00") and rows[0].funding is FundingSource.DONATION


def test_totals_reconcile_to_the_fen_after_payments_and_reversals(
        runtime: StationRuntime) -> None:
    ctx = runtime.context
    campaign = _campaign(runtime, budget="100000")
    service = CampaignService(ctx)
    payments = PaymentService(ctx)
    entered: list[Decimal] = []
    for seq, amount in enumerate(("1000.01", "333.33", "0.05", "1,234.50"), start=10):
        row = approved(ctx, seq)
        pid, paid = service.pay(campaign.id, row.id, amount)
        entered.append(paid)
        if seq % 2 == 0:
            reversal = payments.reverse(pid, "金额填错")
            assert reversal.amount == -paid and reversal.reverses == pid
            entered.append(reversal.amount)
    rows, total = payments.list(PaymentFilter(campaign_id=campaign.id))
    assert total == sum(entered) == sum(r.amount for r in rows) == Decimal("1567.83")
    assert service.show(campaign.id).paid_total == total
    assert service.show(campaign.id).budget_left == Decimal("100000.00") - total
    assert sum(payments.totals_by_funding(2026).values()) == total
    assert payments.year_total(2026) == total
    with pytest.raises(UserError, match="冲销"):
        payments.reverse(rows[0].id, "again")
    with ctx.reading() as session:
        # Payments travel as entries: one change record each, never an update.
        ops = session.execute(select(ChangeRecord.op, ChangeRecord.version).where(
            ChangeRecord.entity == "payment")).all()
    assert len(ops) == len(entered) and {v for _, v in ops} == {1}


def test_a_double_payment_is_refused_naming_the_earlier_one(runtime: StationRuntime) -> None:
    ctx = runtime.context
    first = _campaign(runtime)
    second = _campaign(runtime, name="春节送温暖补充")
    row = approved(ctx, 20)
    service = CampaignService(ctx)
    pid, amount = service.pay(first.id, row.id)
    assert amount == Decimal("1000.00")  # the standard for a severe household
    with pytest.raises(DoublePayment) as refused:
        service.pay(first.id, row.id)
    assert str(pid) in str(refused.value) and refused.value.earlier == pid
    with pytest.raises(DoublePayment, match="同年同类活动"):
        service.pay(second.id, row.id)
    finance = replace(ctx, role=Role.FINANCE)
    with pytest.raises(PermissionDenied, match="payment.override"):
        CampaignService(finance).pay(second.id, row.id, override_reason="家中再遭变故")
    _, again = service.pay(second.id, row.id, "200", override_reason="家中再遭变故")
    assert again == Decimal("200.00")
    with ctx.reading() as session:
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "payment.record", AuditEntry.detail == "override")).first()
    # A reversed payment no longer blocks a new one.
    other = approved(ctx, 21)
    paid, _ = service.pay(first.id, other.id)
    PaymentService(ctx).reverse(paid, "发错")
    service.pay(first.id, other.id, "800")


def test_paying_past_the_budget_is_refused(runtime: StationRuntime) -> None:
    ctx = runtime.context
    campaign = _campaign(runtime, budget="1500")
    service = CampaignService(ctx)
    service.pay(campaign.id, approved(ctx, 30).id)
    with pytest.raises(PaymentRefused, match="预算剩余 ¥500.00"):
        service.pay(campaign.id, approved(ctx, 31).id)


def test_campaign_households_by_rule_and_progress(runtime: StationRuntime) -> None:
    ctx = runtime.context
    campaign = _campaign(runtime)
    severe = approved(ctx, 40)
    relative = approved(ctx, 41, HardshipCategory.RELATIVE)
    service = CampaignService(ctx)
    assert service.add_households(campaign.id, category=HardshipCategory.SEVERE) == (1, 0)
    assert service.add_households(campaign.id, formal=True) == (1, 1)
    VisitService(ctx).add(VisitDraft(relative.id, ctx.today(), VisitKind.CAMPAIGN,
                                     cash="500", campaign_id=campaign.id))
    service.mark_signed(campaign.id, [relative.id])
    summary = service.show(campaign.id)
    assert (summary.households, summary.visited, summary.paid_households, summary.signed) == \
        (2, 1, 1, 1)
    progress = {p.file_id: p for p in service.households(campaign.id)}
    assert progress[relative.id].paid == Decimal("500.00") and progress[relative.id].visited
    assert progress[severe.id].paid == Decimal("0.00")
    assert progress[severe.id].standard == Decimal("1000.00")
    reminders = ReminderService(ctx).all()
    assert any("1 户未发放" in r.text for r in reminders)


def test_reminders_of_must_visits_rechecks_and_follow_ups(runtime: StationRuntime) -> None:
    ctx = runtime.context
    row = approved(ctx, 50)
    visits = VisitService(ctx)
    visits.note_occasion(row.id, MustVisitOccasion.ILLNESS, "住院", ctx.today())
    assert [r.kind for r in ReminderService(ctx).all()] == ["must_visit"]
    visits.add(VisitDraft(row.id, ctx.today(), VisitKind.MUST_VISIT,
                          MustVisitOccasion.ILLNESS, goods="牛奶", goods_quantity=2,
                          goods_value="120"))
    assert ReminderService(ctx).all() == []
    later = replace(ctx, clock=lambda: ctx.clock() + timedelta(days=380))
    assert [r.kind for r in ReminderService(later).all()] == ["recheck"]
    from unionstation.services.hardship.files import HardshipFileService

    HardshipFileService(ctx).relieve(row.id, "再就业")
    three_months = replace(ctx, clock=lambda: ctx.clock() + timedelta(days=95))
    due = ReminderService(three_months).all()
    assert [r.kind for r in due] == ["follow_up"] and due[0].overdue
    VisitService(three_months).add(VisitDraft(row.id, three_months.today(), VisitKind.OTHER))
    assert ReminderService(three_months).all() == []
    with ctx.reading() as session:
        assert session.scalars(select(Payment)).first() is None
