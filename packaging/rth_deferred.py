"""Run-time hook of the frozen build: PyInstaller's own run-time hooks, each run when the module
it serves is first imported instead of at every start.

PyInstaller runs a run-time hook at start for each of these modules found in the bundle (the
PySide6 one imports Qt's core: 70 ms or more; inspect, multiprocessing and pkgutil another
40 ms), although `tasking-cli --version`, `--help` and most commands never import them.
tasking.spec takes those hooks out of the start, puts their source into DEFERRED below (module
name -> hook source) and bundles this file in their place. Each hook then runs once, right
after its module's own code and before the import returns, so whoever imports the module sees
exactly what the hook made of it, as before. Standard library only, and only what the start
has already loaded.
"""

# Annotations are strings and typing is not imported: neither is any part of a quick start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec
    from types import ModuleType

DEFERRED: dict[str, str] = {}  # filled in by tasking.spec


def _install(deferred: dict[str, str]) -> None:
    import sys

    def run_hook(name: str, source: str) -> None:
        code = compile(source, f"pyi_rth_deferred({name})", "exec")
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})

    class HookThenLoader:
        """Stands in for a module's loader until its code has run, then runs the hook."""

        def __init__(self, loader: "Loader", name: str, source: str) -> None:
            self.loader, self.name, self.source = loader, name, source

        def create_module(self, spec: "ModuleSpec") -> "ModuleType | None":
            return self.loader.create_module(spec)

        def exec_module(self, module: "ModuleType") -> None:
            # The module only ever sees its real loader.
            module.__loader__ = self.loader
            if module.__spec__ is not None:
                module.__spec__.loader = self.loader
            self.loader.exec_module(module)
            run_hook(self.name, self.source)

    class DeferredHooks:
        """A meta-path finder that only notices the first import of a module in DEFERRED."""

        def find_spec(
            self,
            name: str,
            path: "Sequence[str] | None" = None,
            target: "ModuleType | None" = None,
        ) -> "ModuleSpec | None":
            source = deferred.pop(name, None)
            if source is None:
                return None
            for finder in sys.meta_path[sys.meta_path.index(self) + 1 :]:
                find = getattr(finder, "find_spec", None)
                spec: ModuleSpec | None = find(name, path, target) if find is not None else None
                if spec is not None:
                    if spec.loader is not None:
                        # a loader by its methods (importlib.abc is not loaded this early)
                        spec.loader = HookThenLoader(spec.loader, name, source)  # type: ignore[assignment]
                    return spec
            deferred[name] = source  # not there (an optional import): perhaps later
            return None

    for name in [name for name in deferred if name in sys.modules]:  # imported already: run now
        run_hook(name, deferred.pop(name))
    sys.meta_path.insert(0, DeferredHooks())


_install(DEFERRED)
del _install
