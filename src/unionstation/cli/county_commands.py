"""`unionstation county ...`: the county federation's side (DESIGN.md section 4)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from unionstation.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CommandError, emit
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
    init.add_argument("--admin", default=None, metavar="LOGIN",
                      help="the first county administrator (required; password from "
                           "$UNIONSTATION_PASSWORD or a prompt); SQLite is encrypted for them")
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
    serve.add_argument("--password-file", type=Path, default=None,
                       help="the officer's password (mode 0600), for running unattended")
    serve.set_defaults(handler=_serve)

    members = verbs.add_parser("members", parents=[county_common],
                               help="all members of all stations")
    members.add_argument("--search", default="")
    members.add_argument("--limit", type=int, default=None)
    members.set_defaults(handler=_members)

    cases = verbs.add_parser("cases", parents=[county_common],
                             help="people at two stations, unmatched transfers")
    cases.set_defaults(handler=_cases)

    hardship = verbs.add_parser("hardship", parents=[county_common],
                                help="every station's hardship files and the money paid")
    hardship.add_argument("--station", default=None, help="one station's code")
    hardship.set_defaults(handler=_hardship)

    venues = verbs.add_parser("venues", parents=[county_common],
                              help="every station's venues and their asset value")
    venues.add_argument("--station", default=None, metavar="CODE")
    venues.set_defaults(handler=_venues)

    from unionstation.cli import report_commands

    report_commands.add_county_parser(verbs, county_common, _county)
    figures = verbs.add_parser("figures", parents=[county_common], help="per-station figures")
    figures.add_argument("--year", type=int, default=None)
    figures.set_defaults(handler=_figures)
    _add_convert(verbs, county_common)
    from unionstation.cli import county_officer_commands, county_recovery_commands

    county_officer_commands.add_parsers(verbs, county_common, _county)
    county_recovery_commands.add_parsers(verbs, county_common, _county)


def _add_convert(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                 county_common: argparse.ArgumentParser) -> None:
    convert = verbs.add_parser(
        "convert", parents=[county_common],
        help="encrypt a county's SQLite store made by an earlier version")
    convert.add_argument("--admin", required=True, metavar="LOGIN",
                         help="the first county officer (password from $UNIONSTATION_PASSWORD "
                              "or a prompt, twice)")
    convert.set_defaults(handler=_convert)


def _convert(args: argparse.Namespace) -> int:
    from unionstation.cli.common import PASSWORD_ENV, new_password
    from unionstation.county.county_keyring import convert_plain_county
    from unionstation.store.convert import CLOUD_NOTICE

    home = county_home_of(args)
    if not home.is_initialised():
        raise CommandError(f"{home.root} 不是县总工会数据文件夹。")
    password = new_password(args, PASSWORD_ENV, f"县总工会管理员 {args.admin} 的")
    counts, code = convert_plain_county(home, args.admin, password)
    rows = sum(counts.values())
    emit(args, {"ok": True, "converted": True, "tables": len(counts), "rows": rows,
                "admin": args.admin, "recovery_code": code, "notice": CLOUD_NOTICE},
         f"县总工会数据库的 {rows} 行已转入加密数据库并核对无误。\n{CLOUD_NOTICE}\n"
         f"恢复码(只显示这一次,请抄下锁进保险柜):{code}")
    return EXIT_OK


def county_home_of(args: argparse.Namespace) -> CountyHome:
    from unionstation.county.home import CountyHome

    root = args.home if getattr(args, "home", None) is not None else default_county_home()
    return CountyHome(Path(root).expanduser().resolve())


@contextmanager
def _county(args: argparse.Namespace) -> Iterator[County]:

    home = county_home_of(args)
    if not home.is_initialised():
        raise CommandError(f"{home.root} 不是县总工会数据文件夹,请先运行 unionstation county init")
    county = _log_in(args, home)
    try:
        yield county
    finally:
        county.close()


def _log_in(args: argparse.Namespace, home: CountyHome,
            password_file: Path | None = None) -> County:
    """The county opened as the officer of the credentials, with their role; a county
    without officers (made by an earlier version) opens as before, until converted."""
    from unionstation.cli.common import USER_ENV, credentials
    from unionstation.county.county_keyring import has_county_keyring, read_password_file
    from unionstation.county.officers import county_log_in
    from unionstation.county.service import open_county

    if not has_county_keyring(home):
        return open_county(home, getattr(args, "db", None))
    if password_file is None:
        login, password = credentials(args)
    else:
        login = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
        if not login:
            raise CommandError(f"需要登录:请用 --user 登录名 或环境变量 {USER_ENV}")
        password = read_password_file(password_file.expanduser())
    return county_log_in(home, login, password, getattr(args, "db", None))


def _init(args: argparse.Namespace) -> int:
    import sys

    from unionstation.cli.common import PASSWORD_ENV, new_password
    from unionstation.county.county_keyring import county_keyring_path, new_county_keyring
    from unionstation.county.officers import add_first_county_admin
    from unionstation.county.service import init_county
    from unionstation.county.store import is_sqlite

    home = county_home_of(args)
    if not args.admin:
        print("unionstation: county init 需要 --admin 登录名:县总工会要有第一位管理员"
              "(没有默认密码),数据库随即加密,例如 --admin li", file=sys.stderr)
        return EXIT_USAGE
    if home.is_initialised():
        raise CommandError(f"{home.root} 已经是县总工会数据文件夹,不能重复初始化。")
    password = new_password(args, PASSWORD_ENV, f"县总工会管理员 {args.admin} 的")
    home.root.mkdir(parents=True, exist_ok=True)
    ring, key, code = new_county_keyring(home, args.admin, password)
    ring.save()  # before the store exists: its key is never lost
    try:
        county = init_county(home, args.name, args.code, getattr(args, "db", None), key)
    except Exception:
        if not home.is_initialised():
            county_keyring_path(home).unlink(missing_ok=True)
        raise
    try:
        county.data_key = key
        add_first_county_admin(county, args.admin)
        info = county.info()
        encrypted = is_sqlite(county.store.url)  # PostgreSQL: the server's job (README)
    finally:
        county.close()
    payload = {"ok": True, "home": str(home.root), "code": info.code, "name": info.name,
               "db": info.db_url_masked, "signing_fingerprint": info.signing_fingerprint,
               "encrypted": encrypted, "admin": args.admin,
               "recovery_code": code}
    emit(args, payload,
         f"县总工会数据已建立:{info.name}({info.code}),{home.root}\n"
         f"回执签名密钥指纹:{info.signing_fingerprint}\n"
         f"管理员:{args.admin}\n恢复码(只显示这一次,请抄下锁进保险柜):{code}")
    return EXIT_OK


def _enrol(args: argparse.Namespace) -> int:
    from unionstation.sync.atomic import write_atomic
    from unionstation.sync.documents import ENROLMENT_SUFFIX, enrolment_file_name

    code = args.station_code.strip()
    with _county(args) as county:
        data = county.enrol_station(code, args.station_name)
        fingerprint = county.info().signing_fingerprint
    out = Path(args.out)
    if out.is_dir():
        out = out / enrolment_file_name(code)
    elif not out.suffix:
        out = out.with_suffix(ENROLMENT_SUFFIX)  # the one extension the station's dialog lists
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
    from unionstation.domain.permissions import Action

    county = _log_in(args, home, args.password_file)
    try:
        county.require(Action.COUNTY_IMPORT, "serve")  # an auditor does not receive batches
        key, officer, role = county.data_key, county.officer, county.role
    finally:
        county.close()
    print(f"县总工会接收服务:http://{args.host}:{args.port}/v1/health", flush=True)
    serve(home, host=args.host, port=args.port, db_url=getattr(args, "db", None), key=key,
          officer=officer, role=role)
    return EXIT_OK


def _members(args: argparse.Namespace) -> int:
    with _county(args) as county:
        page = county.members(args.search, limit=args.limit)
    total, rows = page
    emit(args, {"total": total, "capped": page.capped, "members": [
        {"station": r.station, "name": r.name, "id_number_masked": r.id_number_masked,
         "status": r.status} for r in rows]},
        "\n".join(f"{r.station}\t{r.name}\t{r.id_number_masked}\t{r.status}" for r in rows)
        + (f"\n共 {total:,}+ 人" if page.capped else f"\n共 {total} 人"))
    return EXIT_OK


def _cases(args: argparse.Namespace) -> int:
    from unionstation.cli.county_cases import case_json, case_line

    with _county(args) as county:
        cases = county.cases()
    emit(args, {"cases": [case_json(c) for c in cases]},
         "\n".join(case_line(c) for c in cases) or "没有待处理的情况。")
    return EXIT_OK


def _hardship(args: argparse.Namespace) -> int:
    with _county(args) as county:
        files, paid = county.hardship(args.station)
    emit(args, {"total": len(files), "files": [
        {"station": f.station, "file_no": f.file_no, "name": f.name,
         "id_number_masked": f.id_number_masked, "category": f.category, "status": f.status}
        for f in files], "paid_total": f"{paid:.2f}"},
        "\n".join(f"{f.station}\t{f.file_no}\t{f.name}\t{f.category}\t{f.status}"
                  for f in files) + f"\n共 {len(files)} 份档案,发放合计 {paid:.2f} 元")
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



def _venues(args: argparse.Namespace) -> int:
    from unionstation.county.venues import county_venues
    from unionstation.domain.permissions import Action

    with _county(args) as county:
        county.require(Action.COUNTY_READ, "venues")
        found = county_venues(county.store, args.station)
    rows = [{"station": v.station, "code": v.code, "kind": v.kind, "name": v.name,
             "level": v.level, "stars": v.stars, "asset_value": v.asset_value}
            for v in found.venues]
    emit(args, {"total": len(rows), "venues": rows, "by_kind": found.by_kind},
         "\n".join(f"{v.station}\t{v.code}\t{v.name}\t¥{v.asset_value}" for v in found.venues)
         + f"\n共 {len(rows)} 处阵地")
    return EXIT_OK
