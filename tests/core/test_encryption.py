"""Encrypted databases: made with a key in the keyring (or a passphrase), opened keyed,
refused without their key, backed up and restored encrypted, and never plain on disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tasking import cli
from tasking.models import encryption
from tasking.models.backups import check_integrity, list_backups, restore, take_backup
from tasking.models.database import EncryptedDatabase, has_hot_journal
from tasking.services import Services
from tests.conftest import forget_keys
from tests.policeuk.fixtures import small_wards

sqlcipher3 = pytest.importorskip("sqlcipher3", reason="no SQLCipher wheel for this platform")

SQLITE_HEADER = b"SQLite format 3\x00"
PLANTED = "Zq7-planted-agency-name-4f1c"


def run(*argv: str) -> int:
    return cli.run_command(cli.parse(list(argv)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(tmp_path: Path, memory_keyring, capsys) -> Path:
    """A partnership's database made with `tasking init --encrypt`, its key in the keyring."""
    path = tmp_path / "csp.sqlite"
    wards = small_wards(tmp_path)
    assert (
        run(
            "init",
            "--database",
            str(path),
            "--partnership",
            "Safer CSP",
            "--wards",
            str(wards),
            "--encrypt",
        )
        == 0
    )
    assert "its key is kept in this computer's keyring" in capsys.readouterr().out
    forget_keys()  # as the next process: the key comes from the keyring
    return path


def test_init_encrypt_keeps_a_random_raw_key_in_the_keyring(encrypted, memory_keyring):
    header = encrypted.read_bytes()[:16]
    assert header != SQLITE_HEADER
    ((service, user), secret) = next(iter(memory_keyring.entries.items()))
    assert (service, user) == ("Tasking", f"database-{header.hex()}")  # found from the file
    assert secret.startswith("x'") and len(secret) == 2 + 64 + 32 + 1  # 256-bit key and salt
    services = Services.open(encrypted)
    try:
        assert services.database.encrypted
        assert services.partnership.name() == "Safer CSP"
    finally:
        services.close()
    # and SQLCipher itself opens it with that key, as any SQLCipher tool would
    connection = sqlcipher3.connect(str(encrypted))
    connection.execute(f'PRAGMA key = "{secret}"')
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x5441534B
    connection.close()


def test_an_encrypted_database_is_used_from_worker_threads_as_a_plain_one_is(encrypted):
    import threading

    services = Services.open(encrypted)
    try:
        services.partnership.agencies()  # a pooled connection made on this thread
        found: list[object] = []

        def work() -> None:
            try:
                services.partnership.add_agency(PLANTED)
                found.append([a.name for a in services.partnership.agencies()])
            except Exception as error:
                found.append(error)

        worker = threading.Thread(target=work)  # as the app's background loads do
        worker.start()
        worker.join(30)
        assert isinstance(found[0], list) and PLANTED in found[0]
        assert PLANTED in [a.name for a in services.partnership.agencies()]  # back on this one
    finally:
        services.close()


def test_a_moved_file_keeps_its_key(encrypted, tmp_path):
    moved = tmp_path / "elsewhere" / "renamed.sqlite"
    moved.parent.mkdir()
    shutil.move(encrypted, moved)
    services = Services.open(moved)
    assert services.partnership.name() == "Safer CSP"
    services.close()


def test_no_key_on_this_computer_is_one_clear_message_and_the_file_is_unchanged(
    encrypted, memory_keyring
):
    memory_keyring.entries.clear()  # another computer
    before = sha256(encrypted)
    with pytest.raises(EncryptedDatabase, match=r"is encrypted .* this computer has no key"):
        Services.open(encrypted)
    assert sha256(encrypted) == before
    assert not Path(f"{encrypted}-wal").exists()
    assert run("export", "tracker", "--database", str(encrypted), "-o", "x.xlsx") == 2


def test_a_wrong_key_is_refused_and_the_file_is_unchanged(
    encrypted, memory_keyring, monkeypatch, tmp_path, capsys
):
    memory_keyring.entries.clear()
    before = sha256(encrypted)
    monkeypatch.setenv(encryption.KEY_ENV, "not the passphrase at all")
    with pytest.raises(EncryptedDatabase, match="does not open"):
        Services.open(encrypted)
    monkeypatch.delenv(encryption.KEY_ENV)
    wrong = tmp_path / "wrong.key"
    wrong.write_text("x'" + "00" * 32 + "'\n")
    out = tmp_path / "t.xlsx"
    assert (
        run(
            "export",
            "tracker",
            "--database",
            str(encrypted),
            "--key-file",
            str(wrong),
            "-o",
            str(out),
        )
        == 2
    )
    assert "does not open" in capsys.readouterr().err
    assert sha256(encrypted) == before and not out.exists()


def test_the_key_moves_to_another_computer_with_key_export_and_import(
    encrypted, memory_keyring, tmp_path, capsys
):
    key_file = tmp_path / "csp.key"
    assert run("key", "export", "--database", str(encrypted), "-o", str(key_file)) == 0
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    memory_keyring.entries.clear()  # the other computer's keyring
    forget_keys()
    assert run("key", "import", "--database", str(encrypted), "--key-file", str(key_file)) == 0
    forget_keys()
    services = Services.open(encrypted)  # from the keyring again, no key file
    assert services.partnership.name() == "Safer CSP"
    services.close()


def add_planted(path: Path) -> None:
    services = Services.open(path)
    try:
        services.partnership.add_agency(PLANTED)
    finally:
        services.close()


def test_no_plain_text_on_disk_in_the_database_its_wal_or_its_backups(encrypted):
    services = Services.open(encrypted)
    services.partnership.add_agency(PLANTED)
    made = take_backup(encrypted, "manual")  # with the change still in the -wal file
    wal = Path(f"{encrypted}-wal")
    assert wal.stat().st_size > 0
    for path in (encrypted, wal, made.path):
        assert PLANTED.encode() not in path.read_bytes(), path
        assert PLANTED.encode("utf-16-le") not in path.read_bytes(), path
    services.close()
    assert made.path.read_bytes()[:16] != SQLITE_HEADER
    assert made.path.read_bytes()[:16] == encrypted.read_bytes()[:16]  # same key, same entry
    forget_keys()
    backup = Services.open(made.path)  # opens keyed, from the keyring
    assert PLANTED in [a.name for a in backup.partnership.agencies()]
    backup.close()


def test_backup_and_restore_of_an_encrypted_database_reproduce_the_meetings(encrypted, tmp_path):
    services = Services.open(encrypted)
    area = services.partnership.areas()[0].id
    services.meetings.open_next(area)
    meetings = [(m.id, m.area, m.held_on) for m in services.meetings.list()]
    services.close()
    made = tmp_path / "copy.sqlite"
    forget_keys()
    assert run("backup", "--database", str(encrypted), "-o", str(made)) == 0
    check_integrity(made)
    assert made.read_bytes()[:16] != SQLITE_HEADER
    services = Services.open(encrypted)
    services.meetings.open_next(services.partnership.areas()[1].id)  # the restore takes it back
    assert len(services.meetings.list()) == len(meetings) + 1
    services.close()
    forget_keys()
    assert run("restore", str(made), "--database", str(encrypted)) == 0
    services = Services.open(encrypted)
    assert [(m.id, m.area, m.held_on) for m in services.meetings.list()] == meetings
    services.close()
    kept = [b for b in list_backups(tmp_path / "backups") if b.kind == "before-restore"]
    assert kept and kept[0].path.read_bytes()[:16] != SQLITE_HEADER


def test_a_plain_backup_is_not_restored_over_an_encrypted_database(encrypted, tmp_path):
    plain = tmp_path / "plain.sqlite"
    Services.open(plain, create=True).close()
    before = sha256(encrypted)
    from tasking.models.backups import BackupError

    with pytest.raises(BackupError, match="not encrypted with the same key"):
        restore(plain, encrypted)
    assert sha256(encrypted) == before


HOT_WRITER = """
import os, signal, sys
import sqlcipher3
connection = sqlcipher3.connect(sys.argv[1], isolation_level=None)
connection.execute('PRAGMA key = "' + sys.argv[2] + '"')
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 2")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE agency SET name = name || ' (half-renamed)'")
connection.execute("CREATE TABLE scratch (x BLOB)")
for n in range(2000):
    connection.execute("INSERT INTO scratch VALUES (?)", (os.urandom(3000),))
    with open(sys.argv[1] + "-journal", "rb") as journal:
        if journal.read(8) != bytes(8):
            break
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="the writer kills itself with SIGKILL")
def test_a_hot_journal_of_an_encrypted_database_is_repaired_keyed(
    encrypted, memory_keyring, tmp_path
):
    services = Services.open(encrypted)
    names = sorted(a.name for a in services.partnership.agencies())
    services.close()
    (secret,) = memory_keyring.entries.values()
    connection = sqlcipher3.connect(str(encrypted))
    connection.execute(f'PRAGMA key = "{secret}"')
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    killed = subprocess.run([sys.executable, "-c", HOT_WRITER, str(encrypted), secret], check=False)
    assert killed.returncode == -9
    assert has_hot_journal(encrypted)
    forget_keys()
    services = Services.open(encrypted)
    assert sorted(a.name for a in services.partnership.agencies()) == names
    services.close()
    (aside,) = (tmp_path / "backups").glob("csp-*-hot-journal")
    assert (aside / "csp.sqlite").read_bytes()[:16] != SQLITE_HEADER


def test_a_read_only_encrypted_database_opens_read_only(encrypted, monkeypatch):
    from tasking.models import database as storage
    from tasking.services import TaskingError

    add_planted(encrypted)
    monkeypatch.setattr(storage, "is_writable", lambda _path: False)
    forget_keys()
    services = Services.open(encrypted)
    try:
        assert services.database.read_only and services.database.encrypted
        assert PLANTED in [a.name for a in services.partnership.agencies()]
        with pytest.raises(TaskingError, match="read-only"):
            services.partnership.add_agency("Neighbourhood Watch")
    finally:
        services.close()


def test_a_passphrase_instead_of_the_keyring(tmp_path, monkeypatch, memory_keyring, capsys):
    path = tmp_path / "demo.sqlite"
    monkeypatch.setenv(encryption.KEY_ENV, "correct horse battery staple")
    assert run("demo", "--database", str(path), "--encrypt") == 0
    assert "not stored" in capsys.readouterr().out
    assert memory_keyring.entries == {}  # never stored, in plain text or elsewhere
    forget_keys()
    services = Services.open(path)
    assert services.database.encrypted and services.meetings.list()
    services.close()
    monkeypatch.delenv(encryption.KEY_ENV)
    forget_keys()
    with pytest.raises(EncryptedDatabase, match="no key"):
        Services.open(path)
    key_file = tmp_path / "pass.txt"
    key_file.write_text("correct horse battery staple\n")
    out = tmp_path / "t.xlsx"
    assert (
        run(
            "export",
            "tracker",
            "--database",
            str(path),
            "--key-file",
            str(key_file),
            "-o",
            str(out),
        )
        == 0
    )
    assert out.is_file()


def test_with_no_keyring_encrypt_says_so_and_makes_nothing(tmp_path, capsys):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--database", str(path), "--encrypt") == 2
    error = capsys.readouterr().err
    assert "no keyring" in error and "TASKING_DATABASE_KEY" in error and "--key-file" in error
    assert not path.exists()


def test_tasking_encrypt_converts_the_database_and_its_backups(tmp_path, memory_keyring, capsys):
    path = tmp_path / "plain.sqlite"
    assert run("demo", "--database", str(path)) == 0
    add_planted(path)
    take_backup(path, "manual")
    services = Services.open(path)
    meetings = [(m.id, m.area, m.held_on) for m in services.meetings.list()]
    services.close()
    assert run("encrypt", "--database", str(path)) == 0
    said = capsys.readouterr().out
    assert "encrypted 2 backups" in said
    assert path.read_bytes()[:16] != SQLITE_HEADER and PLANTED.encode() not in path.read_bytes()
    backups = list_backups(tmp_path / "backups")
    assert {b.kind for b in backups} == {"manual", "before-encryption"}
    for backup in backups:
        assert PLANTED.encode() not in backup.path.read_bytes()
        assert backup.path.read_bytes()[:16] == path.read_bytes()[:16]
    forget_keys()
    services = Services.open(path)
    assert [(m.id, m.area, m.held_on) for m in services.meetings.list()] == meetings
    assert PLANTED in [a.name for a in services.partnership.agencies()]
    services.close()
    assert run("encrypt", "--database", str(path)) == 2  # already encrypted: left alone
    assert "already encrypted" in capsys.readouterr().err


HOLDER = """
import sys
from tasking.services import Services
services = Services.open(sys.argv[1])
services.partnership.agencies()
print("open", flush=True)
sys.stdin.readline()
services.close()
"""


def test_tasking_encrypt_refuses_while_the_database_is_open(tmp_path, capsys):
    path = tmp_path / "plain.sqlite"
    Services.open(path, create=True).close()
    app = subprocess.Popen(  # the app, in another process, has it open
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "open"
        before = sha256(path)
        assert run("encrypt", "--database", str(path)) == 2
    finally:
        app.communicate("\n", timeout=30)
    assert "is open in Tasking or another program" in capsys.readouterr().err
    assert path.read_bytes()[:16] == SQLITE_HEADER and sha256(path) == before
    assert list_backups(tmp_path / "backups") == []  # refused before anything was written


def test_a_key_the_keyring_will_not_keep_removes_the_new_database(
    tmp_path, monkeypatch, capsys, memory_keyring
):
    from keyring.errors import PasswordSetError

    def refuse(service, username, password):
        raise PasswordSetError("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--database", str(path), "--encrypt") == 2
    assert "Could not keep the key" in capsys.readouterr().err
    assert not path.exists() and not Path(f"{path}-wal").exists()  # no file its key is lost for
