"""The frozen build's deferred run-time hooks (packaging/rth_deferred.py): each of PyInstaller's
hooks named in tasking.spec runs once, when its module is first imported, before that import
returns; a start that never imports the module never runs it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.spec_source import spec_constant

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "packaging" / "rth_deferred.py"
SLOT = "DEFERRED: dict[str, str] = {}"


def run_with_hooks(tmp_path: Path, hooks: dict[str, str], program: str) -> dict[str, object]:
    """Run `program` in a fresh interpreter after the hook filled with `hooks`, as the frozen
    start does (the folder tmp_path/lib is on the path); returns what it prints as JSON."""
    template = TEMPLATE.read_text(encoding="utf-8")
    assert template.count(SLOT) == 1
    hook = tmp_path / "pyi_rth_deferred.py"
    hook.write_text(template.replace(SLOT, f"DEFERRED = {hooks!r}"), encoding="utf-8")
    script = tmp_path / "program.py"
    script.write_text(
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(tmp_path / 'lib')!r})\n"
        f"runpy.run_path({str(hook)!r}, run_name='__main__')\n" + program,
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-I", str(script)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    (folder / "probe").mkdir(parents=True)
    (folder / "probe" / "__init__.py").write_text("runs = ['module']\n", encoding="utf-8")
    (folder / "probe" / "part.py").write_text("", encoding="utf-8")
    (folder / "other.py").write_text("", encoding="utf-8")
    return folder


# A hook as PyInstaller writes them: a function run at once, then deleted.
HOOK = """
def _pyi_rthook():
    import probe
    probe.runs.append('hook')
    probe.patched = True
_pyi_rthook()
del _pyi_rthook
"""


def test_a_hook_runs_once_after_its_module_and_before_the_import_returns(
    tmp_path: Path, lib: Path
) -> None:
    program = """
import importlib, json, sys
started_without_probe = 'probe' not in sys.modules
from probe import patched  # the hook's work is there as soon as the import returns
import probe, probe.part
runs = list(probe.runs)
importlib.reload(probe)  # the module runs again, its hook does not
print(json.dumps({
    "started_without_probe": started_without_probe,
    "patched": patched,
    "runs": runs,
    "after_reload": probe.runs,
    "loader": type(probe.__loader__).__name__,
    "spec_loader": type(probe.__spec__.loader).__name__,
    "part": probe.part.__name__,
}))
"""
    seen = run_with_hooks(tmp_path, {"probe": HOOK}, program)
    assert seen["started_without_probe"] is True
    assert seen["patched"] is True
    assert seen["runs"] == ["module", "hook"]
    assert seen["after_reload"] == ["module"]
    assert seen["loader"] == seen["spec_loader"] == "SourceFileLoader"  # never the stand-in
    assert seen["part"] == "probe.part"


def test_a_module_never_imported_never_runs_its_hook(tmp_path: Path, lib: Path) -> None:
    marker = tmp_path / "ran"
    hook = f"open({str(marker)!r}, 'w').close()"
    seen = run_with_hooks(
        tmp_path,
        {"probe": hook},
        "import json, sys, other\nprint(json.dumps({'probe': 'probe' in sys.modules}))\n",
    )
    assert seen == {"probe": False}
    assert not marker.exists()


def test_a_module_found_later_still_runs_its_hook(tmp_path: Path, lib: Path) -> None:
    program = f"""
import json, sys
sys.path.remove({str(lib)!r})
try:
    import probe
except ImportError:
    missing = True
sys.path.insert(0, {str(lib)!r})
import probe
print(json.dumps({{"missing": missing, "patched": getattr(probe, "patched", False)}}))
"""
    assert run_with_hooks(tmp_path, {"probe": HOOK}, program) == {
        "missing": True,
        "patched": True,
    }


def test_a_module_imported_before_the_hook_is_installed_runs_it_at_once(
    tmp_path: Path, lib: Path
) -> None:
    # os is loaded by the interpreter's own start, before any run-time hook
    program = "import json, os\nprint(json.dumps({'hooked': getattr(os, 'hooked', False)}))\n"
    assert run_with_hooks(tmp_path, {"os": "import os; os.hooked = True"}, program) == {
        "hooked": True
    }


def test_the_deferred_hooks_are_pyinstallers_for_those_modules() -> None:
    """Each hook tasking.spec defers is the one PyInstaller runs for that very module, so a
    renamed or re-assigned hook after a PyInstaller upgrade is caught here, not by a user."""
    pytest.importorskip("PyInstaller")
    import _pyinstaller_hooks_contrib
    import PyInstaller

    registered: dict[str, list[str]] = {}
    for package in (PyInstaller, _pyinstaller_hooks_contrib):
        for table in Path(package.__file__).parent.rglob("rthooks.dat"):
            for module, hooks in ast.literal_eval(table.read_text(encoding="utf-8")).items():
                registered.setdefault(module, []).extend(hooks)
    deferred = spec_constant("DEFERRED_HOOKS")
    assert isinstance(deferred, dict)
    for hook, module in deferred.items():
        assert f"{hook}.py" in registered.get(module, []), (hook, module)


def test_pyinstallers_bootstrap_has_the_ctypes_patch_the_spec_defers() -> None:
    """tasking.spec takes these lines out of PyInstaller's bootstrap (the build stops if they
    are not there); this says so at test time, before a build."""
    pytest.importorskip("PyInstaller")
    from PyInstaller.depend.analysis import get_bootstrap_modules

    (bootstrap,) = [
        path for name, path, _ in get_bootstrap_modules() if name == "pyiboot01_bootstrap"
    ]
    at_start = spec_constant("CTYPES_AT_START")
    assert isinstance(at_start, str)
    assert Path(bootstrap).read_text(encoding="utf-8").count(at_start) == 1
