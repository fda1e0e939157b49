"""`unionstation sync ...`: the station's side of sending changes up to the county."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from unionstation.cli.common import EXIT_OK, CommandError, emit, open_station

if TYPE_CHECKING:
    from unionstation.sync.station_sync import SyncService


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", parents=[common], help="send changes up to the county")
    verbs = sync.add_subparsers(dest="verb", metavar="VERB", required=True)

    enrol = verbs.add_parser("enrol", parents=[common],
                             help="import the county's enrolment file")
    enrol.add_argument("enrolment_file", type=Path)
    enrol.add_argument("--key-out", type=Path, default=None,
                       help="write this station's public-key file here for the county")
    enrol.set_defaults(handler=_enrol)

    export = verbs.add_parser("export", parents=[common],
                              help="write a batch of unacknowledged changes to a folder")
    export.add_argument("--to", type=Path, required=True, help="folder (a USB stick)")
    export.set_defaults(handler=_export)

    push = verbs.add_parser("push", parents=[common], help="upload to the county receiver")
    push.add_argument("--url", default=None, help="county URL (default: the one set)")
    push.set_defaults(handler=_push)

    ack = verbs.add_parser("ack", parents=[common], help="import the county's receipt")
    ack.add_argument("file", type=Path)
    ack.set_defaults(handler=_ack)

    status = verbs.add_parser("status", parents=[common], help="pending, exported, acknowledged")
    status.set_defaults(handler=_status)

    recover = verbs.add_parser(
        "recover", parents=[common],
        help="install the county's recovery file (no login: every password is lost)")
    recover.add_argument("file", type=Path)
    recover.set_defaults(handler=_recover)

    rebase = verbs.add_parser(
        "rebase", parents=[common],
        help="bring the station to the county's state from its re-base file "
             "(on an empty folder: rebuild the station)")
    rebase.add_argument("file", type=Path, nargs="?", default=None)
    rebase.add_argument("--fetch", action="store_true",
                        help="download it from the county receiver instead (no code needed)")
    rebase.add_argument("--url", default=None, help="with --fetch: county URL (default: the "
                                                    "one set)")
    rebase.add_argument("--code", default=None,
                        help=f"the one-time code the county read out (else ${CODE_ENV} "
                             "or a prompt)")
    rebase.add_argument("--admin", default=None, metavar="LOGIN",
                        help="empty folder only: the first administrator (password from "
                             "$UNIONSTATION_PASSWORD or a prompt)")
    rebase.add_argument("--key-out", type=Path, default=None,
                        help="empty folder only: write the new station key file here")
    rebase.set_defaults(handler=_rebase)


CODE_ENV = "UNIONSTATION_REBASE_CODE"


def _rebase(args: argparse.Namespace) -> int:
    from unionstation.cli.rebase_command import run_rebase

    return run_rebase(args, CODE_ENV, _read_big)


def _read_big(path: Path, what: str) -> bytes:
    from unionstation.sync.files import read_within
    from unionstation.sync.rebase_file import MAX_FILE_BYTES

    try:
        data = read_within(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise CommandError(f"无法读取{what} {path}:{exc.strerror or exc}") from exc
    if data is None:
        raise CommandError(f"{path} 大得不正常,不是{what},未读取。")
    return data


def _recover(args: argparse.Namespace) -> int:
    from unionstation.cli.common import home_of
    from unionstation.sync.errors import SyncError
    from unionstation.sync.key_escrow import install_recovery_file

    try:
        code = install_recovery_file(home_of(args), args.file)
    except SyncError as exc:
        raise CommandError(str(exc)) from exc
    emit(args, {"ok": True, "station_code": code},
         f"县总工会的恢复文件已装入(站点 {code})。请运行 unionstation officers recover "
         "--code 县总工会电话告知的恢复码,为管理员设置新密码。")
    return EXIT_OK


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[SyncService]:
    from unionstation.sync.station_sync import SyncService

    with open_station(args) as runtime:
        yield SyncService(runtime.context, runtime.home)


def _read(path: Path, what: str) -> bytes:
    from unionstation.sync.ack import MAX_ACK_BYTES
    from unionstation.sync.files import read_within

    try:
        data = read_within(path, MAX_ACK_BYTES)
    except OSError as exc:
        raise CommandError(f"无法读取{what} {path}:{exc.strerror or exc}") from exc
    if data is None:
        raise CommandError(f"{path} 大得不正常,不是{what},未读取。")
    return data


def _enrol(args: argparse.Namespace) -> int:
    data = _read(args.enrolment_file, "登记文件")
    with _service(args) as service:
        enrolment = service.enrol(data)
        key_path: Path | None = None
        if args.key_out is not None:
            key_path = Path(args.key_out)
            if key_path.is_dir():
                key_path = key_path / service.station_key_file_name()
            from unionstation.sync.atomic import write_atomic

            try:
                write_atomic(key_path, service.station_key_file())
            except OSError as exc:
                raise CommandError(f"无法写入 {key_path}:{exc.strerror or exc}") from exc
        fingerprint = service.fingerprint()
    emit(args, {"ok": True, "station_code": enrolment.station_code,
                "county": enrolment.county_name, "county_code": enrolment.county_code,
                "fingerprint": fingerprint,
                "key_file": None if key_path is None else str(key_path)},
         f"已登记到{enrolment.county_name},站点代码 {enrolment.station_code}。\n"
         f"本站密钥指纹:{fingerprint}(请电话告知县总工会核对)"
         + (f"\n本站公钥文件:{key_path}" if key_path else ""))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    folder = Path(args.to)
    if not folder.is_dir():
        raise CommandError(f"文件夹 {folder} 不存在(U盘是否已插好?)")
    with _service(args) as service:
        result = service.export_to(folder)
    payload = {"batch": None if result.batch is None else str(result.batch),
               "changes": result.changes, "from_seq": result.from_seq, "to_seq": result.to_seq}
    text = ("没有待报送的变更。" if result.batch is None else
            f"已写入 {result.batch}:{result.changes} 条变更"
            f"(第 {result.from_seq}–{result.to_seq} 条)。")
    emit(args, payload, text)
    return EXIT_OK


def _push(args: argparse.Namespace) -> int:
    with _service(args) as service:
        outcome = service.push(args.url)
    emit(args, {"ok": True, "sent": outcome.sent, "acknowledged": outcome.acknowledged,
                "batch": None if outcome.batch is None else str(outcome.batch),
                "message": outcome.message}, outcome.message)
    return EXIT_OK


def _ack(args: argparse.Namespace) -> int:
    data = _read(args.file, "回执文件")
    with _service(args) as service:
        outcome = service.accept_ack(data)
    emit(args, {"ok": True, "status": outcome.status, "acknowledged": outcome.acknowledged,
                "applied_through": outcome.applied_through,
                "issues": [{"change_seq": i.change_seq, "entity": i.entity,
                            "entity_id": i.entity_id, "status": i.status, "code": i.code,
                            "reason": i.reason} for i in outcome.issues],
                "counts_mismatch": outcome.counts_mismatch}, outcome.message
         + (f"\n{outcome.counts_mismatch}" if outcome.counts_mismatch else ""))
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    with _service(args) as service:
        status = service.status()
    last_ack = None if status.last_ack is None else status.last_ack.isoformat()
    lines = [
        f"待报送:{status.pending} 条;已导出待确认:{status.exported} 条;"
        f"县总工会已确认至第 {status.acknowledged_through} 条",
        f"上次回执:{last_ack or '无'}",
    ]
    if not status.enrolled:
        lines.append("本站尚未导入县总工会的登记文件,不能生成报送批次。")
    for warning in (status.restore_warning, status.clock_warning, status.counts_mismatch):
        if warning:
            lines.append(warning)
    emit(args, {"pending": status.pending, "exported": status.exported,
                "acknowledged_through": status.acknowledged_through, "last_ack": last_ack,
                "paused": status.paused},
         "\n".join(lines))
    return EXIT_OK
