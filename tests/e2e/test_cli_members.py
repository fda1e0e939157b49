"""`unionstation unions ...` and `members ...`: exact options, JSON keys, exit codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.factories import make_id_number

ZHANG = make_id_number("330106", date(1988, 3, 14), 131)  # odd sequence: male
WANG = make_id_number("110105", date(1992, 7, 9), 124)  # even sequence: female


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "home"
    assert cli("init", "--name", "测试街道总工会", "--code", "330106001", "--admin", "wang",
               home=home).returncode == 0
    return home


def test_unions_and_members_round_trip(station: Path) -> None:
    added = as_json(cli("unions", "add", "--name", "顺达物流有限公司工会委员会", "--kind",
                        "enterprise", "--json", home=station))
    assert set(added) == {"id", "name"} and added["name"] == "顺达物流有限公司工会委员会"
    sector = as_json(cli("unions", "add", "--name", "快递行业工会联合会", "--kind", "sector",
                         "--json", home=station))

    member = as_json(cli("members", "add", "--name", "张三", "--id-number", ZHANG.lower(),
                         "--union", "顺达物流有限公司工会委员会", "--phone", "138 0000 1111",
                         "--employer", "顺达物流", "--job", "货车司机", "--group", "truck_driver",
                         "--migrant", "--joined", "2025-06-01", "--json", home=station))
    assert set(member) == {"id", "card_no", "birth_date", "gender"}
    assert member["birth_date"] == "1988-03-14" and member["gender"] == "1"
    assert member["card_no"] == "330106001000001"

    second = as_json(cli("members", "add", "--name", "王芳", "--id-number", WANG,
                         "--union", sector["id"], "--json", home=station))
    assert second["gender"] == "2"

    unions = as_json(cli("unions", "list", "--json", home=station))["unions"]
    assert {u["name"]: u["members"] for u in unions} == {
        "顺达物流有限公司工会委员会": 1, "快递行业工会联合会": 1}
    assert all(set(u) == {"id", "name", "kind", "members"} for u in unions)

    listing = as_json(cli("members", "list", "--search", "zs", "--json", home=station))
    assert listing["total"] == 1
    row = listing["members"][0]
    assert set(row) == {"id", "name", "id_number_masked", "card_no", "union", "status",
                        "phone"}
    assert row["name"] == "张三" and row["id_number_masked"] == ZHANG[:6] + "********" + ZHANG[-4:]
    assert row["phone"] == "13800001111" and row["status"] == "active"

    fragment = as_json(cli("members", "list", "--search", WANG[-6:-2], "--json", home=station))
    assert [m["name"] for m in fragment["members"]] == ["王芳"]
    limited = as_json(cli("members", "list", "--limit", "1", "--json", home=station))
    assert limited["total"] == 2 and len(limited["members"]) == 1

    shown = as_json(cli("members", "show", member["card_no"], "--json", home=station))
    assert shown["name"] == "张三" and "*" in shown["id_number"]
    assert shown["union"] == "顺达物流有限公司工会委员会" and shown["migrant_worker"] is True
    whole = as_json(cli("members", "show", ZHANG, "--unmasked", "--json", home=station))
    assert whole["id_number"] == ZHANG

    moved = cli("members", "transfer", member["id"], "--to-union", "快递行业工会联合会",
                "--json", home=station)
    assert moved.returncode == 0, moved.stderr
    assert as_json(moved)["to"] == "快递行业工会联合会"

    out = as_json(cli("members", "transfer-out", ZHANG, "--to", "杭州市某区总工会",
                      "--date", "2026-01-05", "--json", home=station))
    assert out["status"] == "transferred_out" and out["date"] == "2026-01-05"
    after = as_json(cli("members", "show", member["id"], "--json", home=station))
    assert after["status"] == "transferred_out"
    assert any("转往“杭州市某区总工会”" in line["summary"] for line in after["history"])
    active = as_json(cli("members", "list", "--status", "active", "--json", home=station))
    assert [m["name"] for m in active["members"]] == ["王芳"]

    gone = cli("members", "delete", WANG, "--reason", "重复录入", "--json", home=station)
    assert gone.returncode == 0, gone.stderr
    assert as_json(gone)["deleted"] is True
    assert as_json(cli("members", "list", "--json", home=station))["total"] == 1
    again = cli("members", "delete", WANG, "--reason", "重复录入", home=station)
    assert again.returncode == 1 and "找不到" in again.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--name", "李四", "--id-number", ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1"),
          "--union", "顺达物流有限公司工会委员会"), ("身份证号", "校验位")),
        (("--name", "李四", "--id-number", "12345", "--union", "顺达物流有限公司工会委员会"),
         ("身份证号", "位")),
        (("--name", "李四", "--id-number", make_id_number("330106", date(1990, 1, 1), 5),
          "--union", "不存在的工会"), ("基层工会", "不存在的工会")),
        (("--name", "李四", "--id-number", make_id_number("330106", date(1990, 1, 1), 5),
          "--union", "快递行业工会联合会", "--group", "pilot"), ("--group", "courier")),
        (("--name", "李四", "--id-number", make_id_number("330106", date(1990, 1, 1), 5),
          "--union", "快递行业工会联合会", "--phone", "12345"), ("联系电话",)),
    ],
)
def test_bad_members_add_exits_1_naming_the_field(station: Path, args: tuple[str, ...],
                                                   words: tuple[str, ...]) -> None:
    cli("unions", "add", "--name", "顺达物流有限公司工会委员会", home=station)
    cli("unions", "add", "--name", "快递行业工会联合会", "--kind", "sector", home=station)
    before = as_json(cli("members", "list", "--json", home=station))["total"]
    result = cli("members", "add", *args, home=station)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr
    assert as_json(cli("members", "list", "--json", home=station))["total"] == before


def test_duplicate_id_number_is_refused(station: Path) -> None:
    cli("unions", "add", "--name", "重复测试工会", home=station)
    number = make_id_number("330106", date(1979, 9, 9), 77)
    first = cli("members", "add", "--name", "赵六", "--id-number", number, "--union",
                "重复测试工会", home=station)
    assert first.returncode == 0, first.stderr
    again = cli("members", "add", "--name", "赵六", "--id-number", number, "--union",
                "重复测试工会", home=station)
    assert again.returncode == 1 and "不能重复登记" in again.stderr


def test_unknown_member_and_bad_union_kind(station: Path) -> None:
    missing = cli("members", "show", "nobody", "--json", home=station)
    assert missing.returncode == 1 and "找不到会员" in as_json(missing)["error"]
    bad_kind = cli("unions", "add", "--name", "x", "--kind", "club", home=station)
    assert bad_kind.returncode == 2
    bad_code = cli("unions", "add", "--name", "某工会", "--credit-code", "123", home=station)
    assert bad_code.returncode == 1 and "统一社会信用代码" in bad_code.stderr
