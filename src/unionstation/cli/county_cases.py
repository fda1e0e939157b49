"""How the county's cases read on the command line: a label per kind, one line or one
JSON object per case."""

from __future__ import annotations

from unionstation.county.consolidation import CaseRow

__all__ = ["CASE_LABELS", "case_json", "case_line"]

CASE_LABELS = {
    "active_at_two_stations": "同一人在两个站点均为在册会员",
    "transfer_out_without_in": "已转出但没有对应的转入",
    "transfer_in_without_out": "已转入但没有对应的转出",
    "version_conflict": "站点在旧版本上修改了记录(两个版本都已保留)",
    "hardship_open_at_two_stations": "同一人在两个站点均有未结束的困难职工档案",
    "credit_code_at_two_stations": "同一统一社会信用代码在两个站点登记为基层工会",
}


def case_json(case: CaseRow) -> dict[str, object]:
    """A person's case by masked ID number; a union's also by its credit code."""
    found: dict[str, object] = {"kind": case.kind, "id_number_masked": case.id_number_masked,
                                "stations": list(case.stations)}
    if case.credit_code:
        found["credit_code"] = case.credit_code
        found["union_names"] = list(case.names)
    return found


def case_line(case: CaseRow) -> str:
    label = CASE_LABELS.get(case.kind, case.kind)
    if case.credit_code:
        return f"{label}\t{case.credit_code}\t{'、'.join(case.stations)}\t{'、'.join(case.names)}"
    return f"{label}\t{case.id_number_masked}\t{'、'.join(case.stations)}"
