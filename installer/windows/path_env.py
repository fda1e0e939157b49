"""Add or remove the installer's bin folder on the PATH (Windows only; run by the installer).

    python.exe path_env.py add|remove FOLDER [--all-users]

The user's PATH (HKCU\\Environment) or, with --all-users, the machine's; other entries are
left as they are, and running programs are told the environment changed.
"""

from __future__ import annotations

import argparse
import ctypes
import sys

USER_KEY = r"Environment"
MACHINE_KEY = r"SYSTEM\CurrentControlSet\Control\Session Manager\Environment"


def changed(entries: list[str], folder: str, add: bool) -> list[str]:
    """The PATH entries without `folder` (any case, trailing slash), and with it if `add`."""
    def same(entry: str) -> bool:
        return entry.rstrip("\\/").lower() == folder.rstrip("\\/").lower()

    kept = [entry for entry in entries if entry and not same(entry)]
    return [*kept, folder] if add else kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("add", "remove"))
    parser.add_argument("folder")
    parser.add_argument("--all-users", action="store_true")
    args = parser.parse_args(argv)
    import winreg  # Windows only

    root = winreg.HKEY_LOCAL_MACHINE if args.all_users else winreg.HKEY_CURRENT_USER
    key_name = MACHINE_KEY if args.all_users else USER_KEY
    with winreg.CreateKeyEx(root, key_name, 0,
                            winreg.KEY_READ | winreg.KEY_WRITE) as key:
        try:
            value, kind = winreg.QueryValueEx(key, "Path")
        except FileNotFoundError:
            value, kind = "", winreg.REG_EXPAND_SZ
        entries = changed(str(value).split(";"), args.folder, args.action == "add")
        winreg.SetValueEx(key, "Path", 0, kind, ";".join(entries))
    # HWND_BROADCAST, WM_SETTINGCHANGE, "Environment", SMTO_ABORTIFHUNG, 5 s
    ctypes.windll.user32.SendMessageTimeoutW(0xFFFF, 0x1A, 0, "Environment", 2, 5000, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
