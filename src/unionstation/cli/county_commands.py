"""`unionstation county ...`: the county federation's side (DESIGN.md section 4)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from unionstation.cli.common import EXIT_ERROR, EXIT_OK, CommandError, emit
from unionstation.paths import default_county_home

if TYPE_CHECKING:
    from unionstation.county.home import CountyHome
    from unionstation.county.service import County


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    county_common = argparse.ArgumentParser(add_help=False, parents=[common])
    county_common.add_argument(
        "--db", default=argparse.SUPPRESS,
        help="county store URL, e.g. postgresql+psycopg://user@host/db "
             "(default: the one given at init, else SQLite in the data folder)")
    county = sub.add_parser("county", parents=[common], help="county mode: consolidate stations")
    verbs = county.add_subparsers(dest="verb", metavar="VERB", required=True)

    init = verbs.add_parser("init", parents=[county_common], help="create the county store")
    init.add_argument("--name", required=True)
    init.add_argument("--code", required=True)
    init.set_defaults(handler=_init)

    enrol = verbs.add_parser("enrol", parents=[county_common],
                             help="write a signed enrolment file for a station")
    enrol.add_argument("--station-code", required=True)
    enrol.add_argument("--station-name", required=True)
    enrol.add_argument("--out", type=Path, required=True)
    enrol.set_defaults(handler=_enrol)

    register = verbs.add_parser("register", parents=[county_common],
                                help="register a station's public-key file")
    register.add_argument("station_key_file", type=Path)
    register.set_defaults(handler=_register)

    revoke = verbs.add_parser("revoke", parents=[county_common],
                              help="revoke a station key (a key id, or every key of a station)")
    revoke.add_argument("key", help="key id or station code")
    revoke.set_defaults(handler=_revoke)

    stations = verbs.add_parser("stations", parents=[county_common], help="registered stations")
    stations.set_defaults(handler=_stations)

    intake = verbs.add_parser("import", parents=[county_common],
                              help="import batch files (files or folders)")
    intake.add_argument("paths", type=Path, nargs="+")
    intake.add_argument("--acks-to", type=Path, default=None, help="folder for the acks")
    intake.set_defaults(handler=_import)

    serve = verbs.add_parser("serve", parents=[county_common], help="run the batch receiver")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.set_defaults(handler=_serve)

    members = verbs.add_parser("members", parents=[county_common],
                               help="all members of all stations")
    members.add_argument("--search", default="")
    members.add_argument("--limit", type=int, default=None)
    members.set_defaults(handler=_members)

    cases = verbs.add_parser("cases", parents=[county_common],
                             help="people at two stations, unmatched transfers")
    cases.set_defaults(handler=_cases)

    figures = verbs.add_parser("figures", parents=[county_common], help="per-station figures")
    figures.add_argument("--year", type=int, default=None)
    figures.set_defaults(handler=_figures)

    from unionstation.cli import report_commands

    report_commands.add_county_parser(verbs, county_common, _county)


def county_home_of(args: argparse.Namespace) -> CountyHome:
    from unionstation.county.home import CountyHome

    root = args.home if getattr(args, "home", None) is not None else default_county_home()
    return CountyHome(Path(root).expanduser().resolve())


@contextmanager
def _county(args: argparse.Namespace) -> Iterator[County]:
    from unionstation.county.service import open_county

    home = county_home_of(args)
    if not home.is_initialised():
        raise CommandError(f"{home.root} 不是县总工会数据文件夹,请先运行 unionstation county init")
    county = open_county(home, getattr(args, "db", None))
    try:
        yield county
    finally:
        county.close()


def _init(args: argparse.Namespace) -> int:
    from unionstation.county.service import init_county

    home = county_home_of(args)
    county = init_county(home, args.name, args.code, getattr(args, "db", None))
    try:
        info = county.info()
    finally:
        county.close()
    emit(args, {"ok": True, "home": str(home.root), "code": info.code, "name": info.name,
                "db": info.db_url_masked, "signing_fingerprint": info.signing_fingerprint},
         f"县总工会数据已建立:{info.name}({info.code}),{home.root}\n"
         f"回执签名密钥指纹:{info.signing_fingerprint}")
    return EXIT_OK


def _enrol(args: argparse.Namespace) -> int:
    from unionstation.sync.atomic import write_atomic
    from unionstation.sync.documents import enrolment_file_name

    code = args.station_code.strip()
    with _county(args) as county:
        data = county.enrol_station(code, args.station_name)
        fingerprint = county.info().signing_fingerprint
    out = Path(args.out)
    if out.is_dir():
        out = out / enrolment_file_name(code)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise CommandError(f"无法写入 {out}:{exc.strerror or exc}") from exc
    emit(args, {"ok": True, "station_code": code, "file": str(out),
                "county_fingerprint": fingerprint},
         f"已为站点 {code}({args.station_name})写出登记文件 {out}。\n"
         f"县总工会指纹:{fingerprint}")
    return EXIT_OK


def _register(args: argparse.Namespace) -> int:
    try:
        data = Path(args.station_key_file).read_bytes()
    except OSError as exc:
        raise CommandError(f"无法读取 {args.station_key_file}:{exc.strerror or exc}") from exc
    with _county(args) as county:
        station = county.register_station_key(data)
    emit(args, {"ok": True, "station_code": station.code, "station_name": station.name,
                "key_id": station.key_id, "fingerprint": station.fingerprint},
         f"已登记站点 {station.code}({station.name})的公钥。\n"
         f"指纹:{station.fingerprint}——请与站点电话核对。")
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    with _county(args) as county:
        count = county.revoke_key(args.key)
    if count == 0:
        raise CommandError(f"没有找到有效的密钥或站点“{args.key}”。")
    emit(args, {"ok": True, "revoked": count}, f"已吊销 {count} 个密钥。")
    return EXIT_OK


def _stations(args: argparse.Namespace) -> int:
    with _county(args) as county:
        rows = county.stations()
    emit(args, {"stations": [{
        "code": s.code, "name": s.name, "key_id": s.key_id, "fingerprint": s.fingerprint,
        "revoked": s.revoked, "applied_through": s.applied_through,
        "last_batch_at": None if s.last_batch_at is None else s.last_batch_at.isoformat(),
        "parked": s.parked, "members": s.members} for s in rows]},
        "\n".join(f"{s.code}\t{s.name}\t{s.fingerprint or '未登记公钥'}"
                  f"{'(已吊销)' if s.revoked else ''}\t已接收至第 {s.applied_through} 条\t"
                  f"会员 {s.members}" for s in rows) or "还没有站点。")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    import sys

    missing = [str(p) for p in args.paths if not Path(p).exists()]
    if missing:
        raise CommandError(f"找不到:{', '.join(missing)}")
    if args.acks_to is not None:
        Path(args.acks_to).mkdir(parents=True, exist_ok=True)
    with _county(args) as county:
        summary = county.import_paths([Path(p) for p in args.paths], args.acks_to)
    lines = [f"已入库 {summary['applied']} 批,重复 {summary['duplicates']} 批,"
             f"暂存待补 {summary['parked']} 批,拒收 {len(summary['refused'])} 批。"]
    lines += [f"回执:{path}" for path in summary["acks"]]
    if not args.json:
        for refusal in summary["refused"]:
            print(f"拒收 {refusal['file']}:{refusal['reason']}", file=sys.stderr)
    emit(args, summary, "\n".join(lines))
    accepted = summary["applied"] + summary["duplicates"] + summary["parked"]
    return EXIT_ERROR if summary["refused"] and not accepted else EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from unionstation.county.server import serve

    home = county_home_of(args)
    if not home.is_initialised():
        raise CommandError(f"{home.root} 不是县总工会数据文件夹,请先运行 unionstation county init")
    print(f"县总工会接收服务:http://{args.host}:{args.port}/v1/health", flush=True)
    serve(home, host=args.host, port=args.port, db_url=getattr(args, "db", None))
    return EXIT_OK


def _members(args: argparse.Namespace) -> int:
    with _county(args) as county:
        total, rows = county.members(args.search, limit=args.limit)
    emit(args, {"total": total, "members": [
        {"station": r.station, "name": r.name, "id_number_masked": r.id_number_masked,
         "status": r.status} for r in rows]},
        "\n".join(f"{r.station}\t{r.name}\t{r.id_number_masked}\t{r.status}" for r in rows)
        + f"\n共 {total} 人")
    return EXIT_OK


CASE_LABELS = {
    "active_at_two_stations": "同一人在两个站点均为在册会员",
    "transfer_out_without_in": "已转出但没有对应的转入",
    "transfer_in_without_out": "已转入但没有对应的转出",
    "version_conflict": "站点在旧版本上修改了记录(两个版本都已保留)",
}


def _cases(args: argparse.Namespace) -> int:
    with _county(args) as county:
        cases = county.cases()
    emit(args, {"cases": [{"kind": c.kind, "id_number_masked": c.id_number_masked,
                           "stations": list(c.stations)} for c in cases]},
         "\n".join(f"{CASE_LABELS.get(c.kind, c.kind)}\t{c.id_number_masked}\t"
                   f"{'、'.join(c.stations)}" for c in cases) or "没有待处理的情况。")
    return EXIT_OK


def _figures(args: argparse.Namespace) -> int:
    with _county(args) as county:
        rows = county.figures(args.year)
    emit(args, {"figures": [{"station": f.station, "name": f.name, "members": f.members,
                             "new_this_year": f.new_this_year,
                             "migrant_workers": f.migrant_workers,
                             "priority_groups": f.priority_groups} for f in rows]},
         "\n".join(f"{f.station}\t{f.name}\t会员 {f.members}\t今年新入会 {f.new_this_year}\t"
                   f"农民工 {f.migrant_workers}\t重点群体 {f.priority_groups}" for f in rows))
    return EXIT_OK

