"""A member's data on request, and purging members who left: gone from the tables, the
search indexes, the change log's copies and the file's free pages, with a tombstone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from tests.factories import TEST_KEY, connect_db
from unionstation.domain.codes import MemberStatus
from unionstation.paths import StationHome
from unionstation.services.member_detail import MemberDetailService
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.members import MemberService
from unionstation.services.privacy import PrivacyService
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.store.models import ChangeRecord, Member, MemberPurge


def _member(runtime: StationRuntime, name: str) -> Member:
    with runtime.context.reading() as session:
        member = session.scalars(select(Member).where(Member.name == name)).one()
        session.expunge(member)
        return member


def test_dossier_holds_fields_history_and_who_saw(runtime: StationRuntime,
                                                  tmp_path: Path) -> None:
    member = _member(runtime, "张三")
    MemberDetailService(runtime.context).get(member.id, unmasked=True)
    dossier = PrivacyService(runtime.context).dossier(member.id)
    fields = dict(dossier.fields)
    assert fields["name"] == "张三" and fields["id_number"] == member.id_number
    assert [seen[2] for seen in dossier.seen_by] == ["member.show_unmasked"]
    assert dossier.history  # enrollment at least
    from unionstation.exchange.privacy_export import write_dossier_xlsx
    from unionstation.printing.privacy_report import write_dossier_pdf

    xlsx = write_dossier_xlsx(dossier, tmp_path / "张三.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["个人信息", "履历", "查阅记录"]
    pdf = write_dossier_pdf(dossier, tmp_path / "张三.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_purge_dry_run_then_for_real(runtime: StationRuntime,
                                     station_home: StationHome) -> None:
    leaver = _member(runtime, "李四")
    MemberService(runtime.context).change_status(leaver.id, MemberStatus.LAPSED,
                                                  date(2024, 6, 30), "退会")
    privacy = PrivacyService(runtime.context)
    assert privacy.purge(date(2024, 6, 30), dry_run=True).members == 0
    dry = privacy.purge(date(2025, 1, 1), dry_run=True)
    assert (dry.members, dry.purged) == (1, False)
    assert _member(runtime, "李四").id == leaver.id  # the dry run changed nothing

    result = privacy.purge(date(2025, 1, 1))
    assert (result.members, result.purged) == (1, True)
    with runtime.context.reading() as session:
        assert session.get(Member, leaver.id) is None
        tombstone = session.scalars(select(MemberPurge)).one()
        assert tombstone.member_id == leaver.id
        kept = session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity_id == leaver.id)).all()
        assert kept and all(record.data == {"id": str(leaver.id), "purged": True}
                            for record in kept)
        assert session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.entity == "member_purge")) == 1
        for table in ("member_fts_chars", "member_fts_trigram"):
            hits = session.execute(text(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH :q"),
                {"q": '"' + leaver.id_number[-6:] + '"' if "trigram" in table else "李"},
            ).scalar_one()
            assert hits == 0, table
    page = MemberQueryService(runtime.context).search(MemberFilter(text="李四"))
    assert page.total == 0
    wal = station_home.db_path.with_name(station_home.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # emptied while the station is open
    runtime.close()
    # No free page keeps the old rows (secure_delete, then VACUUM).
    raw = connect_db(station_home.db_path, TEST_KEY)
    try:
        assert int(raw.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    finally:
        raw.close()
    again = open_station(station_home, TEST_KEY)
    again.close()



def test_retention_is_five_years_unless_set(runtime: StationRuntime) -> None:
    from unionstation.services.privacy import RETENTION_KEY
    from unionstation.services.setting_values import write_setting

    today = runtime.context.today()
    privacy = PrivacyService(runtime.context)
    assert privacy.retention_cutoff().year == today.year - 5
    write_setting(runtime.context, RETENTION_KEY, 3)
    assert privacy.retention_cutoff().year == today.year - 3
