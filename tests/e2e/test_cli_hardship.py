"""`hardship`, `visits`, `campaigns`, `payments` and `print signoff`: exact options, JSON
keys, money as two-place strings, exit codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.factories import make_id_number

ZHAO = make_id_number("330106", date(1975, 3, 3), 11)
QIAN = make_id_number("330106", date(1980, 6, 6), 22)
MEMBER = make_id_number("330106", date(1990, 1, 2), 33)
# The approver is another officer, logged in as themselves (the author may not approve).
SECOND_LOGIN = {"UNIONSTATION_USER": "李审核", "UNIONSTATION_PASSWORD": "second-pass-2026"}


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "home"
    assert cli("init", "--name", "测试街道总工会", "--code", "330106001", "--admin", "王干事",
               home=home).returncode == 0
    assert cli("officers", "add", "李审核", "--name", "李审核", "--role", "officer", home=home,
               env={"UNIONSTATION_NEW_PASSWORD": SECOND_LOGIN["UNIONSTATION_PASSWORD"]}
               ).returncode == 0
    assert cli("unions", "add", "--name", "示范工会", home=home).returncode == 0
    assert cli("members", "add", "--name", "孙七", "--id-number", MEMBER, "--union",
               "示范工会", home=home).returncode == 0
    return home


def test_files_through_their_life_cycle(station: Path) -> None:
    opened = as_json(cli("hardship", "open", "--name", "赵六", "--id-number", ZHAO, "--union",
                         "示范工会", "--category", "severe", "--cause", "因病", "--cause",
                         "disability", "--household-size", "3", "--monthly-income",
                         "1,000.50", "--zero-employment", "--json", home=station))
    assert set(opened) == {"file", "file_no", "status", "income_per_capita"}
    assert opened["status"] == "temporary" and opened["income_per_capita"] == "333.50"
    again = cli("hardship", "open", "--name", "赵六", "--id-number", ZHAO, "--category",
                "severe", "--cause", "illness", "--household-size", "1", "--monthly-income",
                "0", "--json", home=station)
    assert again.returncode == 1 and opened["file_no"] in again.stderr

    by_author = cli("hardship", "approve", opened["file_no"], "--json", home=station)
    assert by_author.returncode == 1 and "另一位干事" in by_author.stderr
    approved = as_json(cli("hardship", "approve", ZHAO, "--json", home=station, env=SECOND_LOGIN))
    assert approved == {"file_no": opened["file_no"], "status": "formal",
                        "recheck_due": approved["recheck_due"]}
    rechecked = as_json(cli("hardship", "recheck", opened["file"], "--household-size", "4",
                            "--monthly-income", "2000", "--category", "relative", "--json",
                            home=station))
    assert rechecked["status"] == "formal"

    member_file = as_json(cli("hardship", "open", MEMBER, "--category", "sudden", "--cause",
                              "accident", "--household-size", "2", "--monthly-income", "1000.5",
                              "--json", home=station))
    assert member_file["income_per_capita"] == "500.25"
    shown = as_json(cli("hardship", "show", member_file["file_no"], "--json", home=station))
    assert shown["member"] is not None and shown["name"] == "孙七"
    assert shown["visits"] == [] and shown["payments"] == [] and shown["paid_total"] == "0.00"

    listed = as_json(cli("hardship", "list", "--status", "formal", "--json", home=station))
    assert listed["total"] == 1
    assert set(listed["files"][0]) == {"file_no", "name", "id_number_masked", "category",
                                       "status", "income_per_capita", "recheck_due"}
    assert listed["files"][0]["id_number_masked"] == ZHAO[:6] + "********" + ZHAO[-4:]
    assert as_json(cli("hardship", "list", "--recheck-due", "--json", home=station))["total"] == 0
    assert as_json(cli("hardship", "list", "--category", "意外致困", "--json",
                       home=station))["total"] == 1
    closed = as_json(cli("hardship", "close", member_file["file_no"], "--reason", "录入有误",
                         "--json", home=station))
    assert closed["status"] == "closed"
    bad = cli("hardship", "relieve", member_file["file_no"], "--reason", "x", "--json",
              home=station)
    assert bad.returncode == 1


def test_campaign_payments_reversal_and_signoff(station: Path, tmp_path: Path) -> None:
    opened = as_json(cli("hardship", "open", "--name", "钱八", "--id-number", QIAN,
                         "--category", "severe", "--cause", "unemployment",
                         "--household-size", "2", "--monthly-income", "800", "--json",
                         home=station))
    as_json(cli("hardship", "approve", opened["file_no"], "--json", home=station,
            env=SECOND_LOGIN))
    made = as_json(cli("campaigns", "create", "--name", "2026年送温暖", "--kind",
                       "winter_warmth", "--year", "2026", "--budget", "1500", "--standard",
                       "severe=1000", "--standard", "relative=500", "--json", home=station))
    assert set(made) == {"campaign"}
    added = as_json(cli("campaigns", "add-households", "2026年送温暖", "--rule", "formal",
                        "--json", home=station))
    assert added == {"added": 2, "skipped": 0}
    paid = as_json(cli("campaigns", "pay", made["campaign"], opened["file_no"], "--json",
                       home=station))
    assert set(paid) == {"payment", "amount"} and paid["amount"] == "1000.00"
    twice = cli("campaigns", "pay", made["campaign"], opened["file_no"], "--json", home=station)
    assert twice.returncode == 1 and paid["payment"] in twice.stderr
    over = cli("campaigns", "pay", made["campaign"], ZHAO, "--amount", "600", "--json",
               home=station)
    assert over.returncode == 1 and "500.00" in over.stderr
    as_json(cli("campaigns", "pay", made["campaign"], ZHAO, "--amount", "1,000.5",
                "--allow-duplicate", "春节前追加", "--json", home=station))
    shown = as_json(cli("campaigns", "show", made["campaign"], "--json", home=station))
    assert {k: shown[k] for k in ("name", "kind", "year", "budget", "households",
                                  "paid_households", "paid_total", "budget_left")} == {
        "name": "2026年送温暖", "kind": "winter_warmth", "year": 2026, "budget": "1500.00",
        "households": 2, "paid_households": 2, "paid_total": "2000.50",
        "budget_left": "-500.50"}

    visit = as_json(cli("visits", "add", opened["file_no"], "--date", "2026-12-01", "--kind",
                        "must_visit", "--occasion", "illness", "--officers", "王干事,李审核",
                        "--cash", "200", "--funding", "donation", "--goods", "大米",
                        "--goods-value", "80", "--json", home=station))
    assert set(visit) == {"visit", "payment"} and visit["payment"]
    goods_only = as_json(cli("visits", "add", opened["file_no"], "--date", "2026-12-02",
                             "--kind", "living", "--goods", "棉被", "--goods-value", "150",
                             "--json", home=station))
    assert goods_only["payment"] is None

    reversed_ = as_json(cli("payments", "reverse", paid["payment"], "--reason", "重复录入",
                            "--json", home=station))
    assert set(reversed_) == {"reversal", "amount"} and reversed_["amount"] == "-1000.00"
    listed = as_json(cli("payments", "list", "--campaign", made["campaign"], "--json",
                         home=station))
    assert listed["total"] == 3 and listed["sum"] == "1000.50"
    assert set(listed["payments"][0]) == {"payment", "file_no", "name", "amount", "date",
                                          "campaign", "reverses"}
    assert listed["payments"][-1]["reverses"] == paid["payment"]
    by_file = as_json(cli("payments", "list", "--file", opened["file_no"], "--year", "2026",
                          "--json", home=station))
    assert by_file["sum"] == "200.00"

    out = tmp_path / "signoff.pdf"
    printed = as_json(cli("print", "signoff", "--campaign", "2026年送温暖", "--out", str(out),
                          "--json", home=station))
    assert printed == {"out": str(out), "pages": 1, "total": "1000.50"}
    assert out.read_bytes().startswith(b"%PDF")
    shown = as_json(cli("hardship", "show", opened["file_no"], "--json", home=station))
    assert shown["paid_total"] == "200.00" and len(shown["visits"]) == 2


def test_a_roster_import_dry_run_then_for_real(station: Path, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "roster.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["姓名", "身份证号", "困难类别", "致困原因", "家庭人口", "家庭月收入"])
    sheet.write_row(1, 0, ["冯九", make_id_number("330106", date(1966, 6, 6), 99), "相对困难",
                           "因失业", 2, "1200"])
    sheet.write_row(2, 0, ["陈十", "123", "相对困难", "因病", 1, "0"])
    book.close()
    trial = as_json(cli("hardship", "import", str(path), "--dry-run", "--json", home=station))
    assert set(trial) == {"rows", "imported", "rejected", "dry_run", "backup"}
    assert trial["imported"] == 1 and trial["dry_run"] is True
    assert [r["row"] for r in trial["rejected"]] == [3]
    done = as_json(cli("hardship", "import", str(path), "--json", home=station))
    assert done["imported"] == 1 and done["backup"]
    listed = as_json(cli("hardship", "list", "--status", "temporary", "--json", home=station))
    assert "冯九" in {f["name"] for f in listed["files"]}
