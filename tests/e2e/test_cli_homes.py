"""`unionstation venues|assets|stocktake|books|loans|services|print ...`: the JSON keys and
exit codes county scripts are written against."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import as_json, cli
from unionstation.paths import StationHome


def _ok(home: StationHome, *args: str) -> dict[str, object]:
    result = cli(*args, "--json", home=home.root)
    assert result.returncode == 0, result.stderr
    return as_json(result)


def test_the_homes_commands_end_to_end(station_home: StationHome, tmp_path: Path) -> None:
    added = _ok(station_home, "venues", "add", "--kind", "outdoor_station", "--name",
                "快递小哥驿站", "--union", "快递物流行业工会联合会", "--stars", "3", "--area", "40",
                "--opened", "2025-05-01")
    assert set(added) == {"venue", "code"} and added["code"] == "330106001-O-001"
    library = _ok(station_home, "venues", "add", "--kind", "reading_room", "--name", "职工书屋",
                  "--union", "街道总工会", "--level", "city")
    listing = _ok(station_home, "venues", "list")
    assert listing["total"] == 2
    assert set(listing["venues"][0]) == {  # type: ignore[index]
        "venue", "code", "kind", "name", "union", "level", "stars", "assets", "asset_value"}
    assert _ok(station_home, "venues", "list", "--kind", "reading_room")["total"] == 1

    checked = _ok(station_home, "venues", "check", "330106001-O-001", "sign", "--met", "yes",
                  "--note", "已挂牌")
    assert set(checked) == {"venue", "standard", "items", "met", "total"}
    assert (checked["standard"], checked["met"], checked["total"]) == ("six_haves", 1, 6)
    item = _ok(station_home, "venues", "checklist", str(added["venue"]))["items"][0]  # type: ignore[index]
    assert item == {"item": "sign", "title": item["title"], "met": True, "note": "已挂牌"}

    asset = _ok(station_home, "assets", "add", "330106001-O-001", "--name", "微波炉",
                "--category", "appliances", "--quantity", "2", "--unit-value", "499.50",
                "--funding", "own_funds:60,higher_union:40")
    assert set(asset) == {"asset", "tag"} and asset["tag"] == "ZC000001"
    _ok(station_home, "assets", "add", "330106001-O-001", "--name", "急救箱", "--category",
        "first_aid", "--quantity", "1", "--unit-value", "120", "--funding", "donation",
        "--tag", "JJ-01")
    assets = _ok(station_home, "assets", "list", "--venue", "330106001-O-001")
    assert (assets["total"], assets["value"]) == (2, "1119.00")
    assert set(assets["assets"][0]) == {  # type: ignore[index]
        "asset", "tag", "venue", "name", "category", "quantity", "unit_value", "value",
        "condition", "funding"}
    assert _ok(station_home, "assets", "dispose", "JJ-01", "--reason", "过期") == {
        "tag": "JJ-01", "condition": "scrapped"}

    started = _ok(station_home, "stocktake", "start", "330106001-O-001")
    assert set(started) == {"stocktake", "items"} and started["items"] == 1
    st = str(started["stocktake"])
    _ok(station_home, "stocktake", "count", st, "US1:A:330106001:ZC000001", "--quantity", "1")
    _ok(station_home, "stocktake", "count", st, "XX-9", "--quantity", "1")
    closed = _ok(station_home, "stocktake", "close", st)
    assert closed == {"stocktake": st, "counted": 2, "missing": ["ZC000001"],
                      "surplus": ["XX-9"]}

    book = _ok(station_home, "books", "add", str(library["code"]), "--title", "平凡的世界",
               "--isbn", "7-5302-0963-9", "--copies", "1")
    assert set(book) == {"book", "copies"} and book["copies"] == 1
    bad = cli("books", "add", str(library["code"]), "--title", "x", "--isbn", "7-5302-0963-8",
              "--json", home=station_home.root)
    assert bad.returncode == 1 and "ISBN" in as_json(bad)["error"]
    loan = _ok(station_home, "loans", "out", str(book["book"]), "--member", "330106001000001",
               "--date", "2026-01-05")
    assert loan == {"loan": loan["loan"], "due": "2026-02-04"}
    none_left = cli("loans", "out", "9787530209639", "--member", "330106001000002", "--json",
                    home=station_home.root)
    assert none_left.returncode == 1
    overdue = _ok(station_home, "loans", "overdue")
    assert overdue["total"] == 1
    row = overdue["loans"][0]  # type: ignore[index]
    assert set(row) == {"loan", "title", "member", "card_no", "due", "days_overdue"}
    assert (row["member"], row["card_no"]) == ("张三", "330106001000001")
    back = _ok(station_home, "loans", "back", str(loan["loan"]))
    assert set(back) == {"loan", "returned"} and back["returned"]

    _ok(station_home, "services", "log", "330106001-O-001", "--date", "2026-03-02",
        "--service", "haircut", "--count", "40")
    _ok(station_home, "services", "log", "330106001-O-001", "--date", "2026-03-03",
        "--service", "rest", "--count", "7")
    month = _ok(station_home, "services", "month", "330106001-O-001", "--month", "2026-03")
    assert month == {"venue": added["venue"], "month": "2026-03",
                     "services": {"rest": 7, "haircut": 40}, "total": 47, "subsidy": "0.00"}

    out = tmp_path / "assets.xlsx"
    exported = _ok(station_home, "assets", "export", "--out", str(out))
    assert exported == {"out": str(out), "rows": 2, "value": "499.50"}  # counted 1 of 2
    imported = _ok(station_home, "assets", "import", str(out), "--dry-run")
    assert imported == {"added": 0, "updated": 0, "rejected": 0, "errors": []}

    tags = _ok(station_home, "print", "asset-tags", "--venue", "330106001-O-001", "--out",
               str(tmp_path / "t.pdf"))
    assert tags == {"out": str(tmp_path / "t.pdf"), "labels": 1, "pages": 1}
    for args in (("venue-plate", "330106001-O-001"), ("checklist", "330106001-O-001"),
                 ("stocktake", st), ("subsidy", "330106001-O-001", "--month", "2026-03")):
        pdf = tmp_path / f"{args[0]}.pdf"
        assert _ok(station_home, "print", *args, "--out", str(pdf)) == {"out": str(pdf),
                                                                       "pages": 1}


def test_a_loan_to_a_member_no_longer_active_exits_1_and_a_due_date_is_kept(
        station_home: StationHome) -> None:
    from datetime import date

    from tests.factories import TEST_KEY
    from unionstation.domain.codes import MemberStatus
    from unionstation.services.members import MemberService
    from unionstation.services.runtime import open_station

    _ok(station_home, "venues", "add", "--kind", "reading_room", "--name", "职工书屋",
        "--union", "街道总工会")
    book = _ok(station_home, "books", "add", "330106001-R-001", "--title", "平凡的世界",
               "--copies", "2")
    runtime = open_station(station_home, TEST_KEY)
    try:
        members = MemberService(runtime.context)
        members.change_status(members.resolve("330106001000003").id, MemberStatus.LAPSED,
                              date(2026, 11, 1), "六个月未缴会费")
    finally:
        runtime.close()
    lapsed = cli("loans", "out", str(book["book"]), "--member", "330106001000003", "--json",
                 home=station_home.root)
    assert lapsed.returncode == 1 and "只有在册会员" in as_json(lapsed)["error"]
    loan = _ok(station_home, "loans", "out", str(book["book"]), "--member", "330106001000001",
               "--date", "2026-01-05", "--due", "2026-01-19")
    assert loan == {"loan": loan["loan"], "due": "2026-01-19"}
    early = cli("loans", "out", str(book["book"]), "--member", "330106001000002", "--date",
                "2026-01-05", "--due", "2026-01-01", "--json", home=station_home.root)
    assert early.returncode == 1 and "应还日期" in as_json(early)["error"]
