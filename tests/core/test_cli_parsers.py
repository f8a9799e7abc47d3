"""The command line builds a command's parser only when the command is named, and answers
exactly as the parsers built all at once: every command's --help, its errors, its values."""

from __future__ import annotations

import argparse
import contextlib
import io
from collections.abc import Iterator

import pytest

from tasking import cli
from tasking.commands import lazy_parsers

# What a user may type, beyond every command's --help (found by walking the parsers).
ARGUMENTS = [
    [],
    ["-h"],
    ["--version"],
    ["nosuch"],
    ["export"],
    ["export", "nosuch"],
    ["export", "tracker", "--bogus"],
    ["export", "tracker", "-o", "x.xlsx", "--per-agency", "d", "--format", "pdf"],
    ["export", "minutes", "--meeting", "latest", "-o", "m.pdf", "--map"],
    ["export", "minutes", "-o", "m.pdf"],
    ["demo"],
    ["demo", "--database", "x", "--scale", "large", "--today", "2026-01-31"],
    ["demo", "--database", "x", "--today", "31/01/2026"],
    ["--database", "y.sqlite", "-v"],
    ["import"],
    ["import", "tracker", "--help"],
    ["admin"],
    ["backup", "--database", "z"],
    ["search"],
]


def eager_parser(monkeypatch: pytest.MonkeyPatch) -> argparse.ArgumentParser:
    """The parser as argparse builds it with no deferring: every command's parser at once."""
    with monkeypatch.context() as patched:
        patched.setattr(lazy_parsers, "LazySubParsers", argparse._SubParsersAction)
        return cli.build_parser()


def command_paths(parser: argparse.ArgumentParser, prefix: list[str]) -> Iterator[list[str]]:
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from command_paths(sub, [*prefix, name])


def answer(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    """What parsing argv does: the exit status or the values, and what it prints."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = sorted((k, repr(v)) for k, v in vars(parser.parse_args(argv)).items())
        except SystemExit as stop:
            result = ("exit", stop.code)
    return result, out.getvalue(), err.getvalue()


def test_every_answer_is_the_one_of_the_parsers_built_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "100")  # the same width for both
    eager = eager_parser(monkeypatch)
    paths = list(command_paths(eager, []))
    assert ["export", "tracker"] in paths and ["import", "policeuk"] in paths  # walked deep
    for argv in [[*path, "--help"] for path in paths] + ARGUMENTS:
        lazy = cli.build_parser()  # a fresh one each time: nothing built by an earlier case
        assert answer(lazy, argv) == answer(eager, argv), argv


def test_naming_no_command_builds_no_command_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str | None] = []
    original = argparse.ArgumentParser.__init__

    def counting(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        built.append(kwargs.get("prog"))  # type: ignore[arg-type]
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(argparse.ArgumentParser, "__init__", counting)
    cli.parse(["--database", "x.sqlite"])  # the app's own start
    assert built == ["tasking"]
    built.clear()
    cli.parse(["export", "minutes", "--meeting", "1", "-o", "m.pdf"])
    kinds = ["minutes", "tracker", "map", "agenda", "ics"]  # the export's own, built with it
    assert built == ["tasking", "tasking export", *(f"tasking export {kind}" for kind in kinds)]


def test_every_command_parser_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mistake in a command's options (two alike, say) shows here, not when a user names it."""
    parser = cli.build_parser()
    for action in parser._actions:
        if isinstance(action, lazy_parsers.LazySubParsers):
            action.build_all()
            assert all(isinstance(p, argparse.ArgumentParser) for p in action.choices.values())
