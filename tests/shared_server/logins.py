"""Set up a shared database as IT would: `tasking admin init`, then a login per person."""

from __future__ import annotations

import io
from dataclasses import dataclass

from tasking import cli

from .conftest import LOGIN_PREFIX

PEOPLE = {
    "alice": ("chair", None),
    "bob": ("chair", None),
    "minutes": ("minute-taker", None),
    "homes": ("officer", "Derby Homes"),
}


def admin(*args: str, stdin: str = "", monkeypatch=None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.run_command(cli.parse(["admin", *args]))


@dataclass
class SharedDatabase:
    admin_url: str
    urls: dict[str, str]  # person -> their own login's URL

    def login(self, person: str) -> str:
        return LOGIN_PREFIX + person


def set_up(admin_url: str, monkeypatch) -> SharedDatabase:
    assert admin("init", "--database", admin_url) == 0
    urls = {}
    for person, (role, agency) in PEOPLE.items():
        login = LOGIN_PREFIX + person
        password = f"pw-{person}-7"
        extra = ["--agency", agency] if agency else []
        code = admin(
            "add-login", login, "--role", role, "--password-stdin", *extra,
            "--database", admin_url, stdin=password + "\n", monkeypatch=monkeypatch,
        )  # fmt: skip
        assert code == 0
        urls[person] = admin_url.replace("tasking_admin:admin-secret-1", f"{login}:{password}")
    return SharedDatabase(admin_url, urls)
