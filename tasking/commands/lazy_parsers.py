"""Command parsers built only when their command is named.

`tasking --version`, `tasking --help` and the app's own start name no command, yet building
the parsers of every command (two dozen, with some 140 options) cost 30-45 ms of each of those
starts. `LazySubParsers` lists each command at once, with its help, exactly as argparse does;
the parser a command's `add_parser(...)` call returns only records what is done to it, and is
built, the same calls in the same order, when the command line names that command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsers = argparse._SubParsersAction


class _Calls:
    """The method calls made on something that is not built yet, and on what they returned
    (an `add_subparsers(...)` and the parsers added to it, say), to make on the real thing."""

    def __init__(self) -> None:
        self._made: list[tuple[str, tuple[Any, ...], dict[str, Any], _Calls]] = []

    def __getattr__(self, name: str) -> Callable[..., _Calls]:
        if name.startswith("_"):
            raise AttributeError(name)

        def record(*args: Any, **kwargs: Any) -> _Calls:
            returned = _Calls()
            self._made.append((name, args, kwargs, returned))
            return returned

        return record

    def _make_on(self, target: Any) -> None:
        for name, args, kwargs, returned in self._made:
            returned._make_on(getattr(target, name)(*args, **kwargs))


class _DeferredParser(_Calls):
    """Stands in for a command's parser until the command is named."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__()
        self._kwargs = kwargs

    def _build(self, parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
        parser = parser_class(**self._kwargs)
        self._make_on(parser)
        return parser


class LazySubParsers(_SubParsers):
    """`parser.add_subparsers(action=LazySubParsers, ...)`: commands whose parsers are built
    when named (and by `build_all`)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        # argparse's own bookkeeping (prog, aliases, the help line), with a stand-in parser
        parser_class = self._parser_class
        self._parser_class = _DeferredParser  # type: ignore[assignment]
        try:
            return super().add_parser(name, **kwargs)
        finally:
            self._parser_class = parser_class

    def build(self, name: str) -> None:
        """Build the parser of the command `name` (and of its aliases), if still deferred."""
        deferred: object = self._name_parser_map.get(name)
        if isinstance(deferred, _DeferredParser):
            built = deferred._build(self._parser_class)
            parsers: dict[str, object] = dict(self._name_parser_map)
            for key, parser in parsers.items():
                if parser is deferred:
                    self._name_parser_map[key] = built

    def build_all(self) -> None:
        for name in list(self._name_parser_map):
            self.build(name)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, list) and values:  # the command's name, then its arguments
            self.build(values[0])
        super().__call__(parser, namespace, values, option_string)
