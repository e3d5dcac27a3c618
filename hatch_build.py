"""The compiled build: the parsing modules turned into C extensions by mypyc.

Off by default; a plain ``pip install .`` gives the pure-Python package. Turned on with::

    HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .

The output is the same, about 1.5 times faster (see bench/README.md). mypyc compiles a
copy of the sources in a temporary folder, so no compiled file is ever left beside the
sources (a stale one there would shadow the ``.py`` file it came from).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "newsparse"

# Modules left as Python: the command line, the batch and cluster layers (process pools
# and pickled records, none of it on the per-article path), and the package's entry
# points. ``parse`` (api.py) checks the type of its argument itself, with a clear error,
# where a compiled signature would refuse other types first; ``Options`` (options.py)
# is pickled to worker processes, and a compiled frozen class cannot be unpickled.
# Everything else is the parsing path and is compiled.
NOT_COMPILED = frozenset(
    {
        "__init__.py",
        "__main__.py",
        "api.py",
        "options.py",
        "cli.py",
        "batch.py",
        "worker.py",
        "walk.py",
        "progress.py",
        "outputs.py",
        "dask.py",
        "errors.py",
    }
)
NOT_COMPILED_PACKAGES = frozenset({"distributed"})


def compiled_modules(package: Path) -> list[Path]:
    """The package's modules that the compiled build compiles, relative to its parent."""
    modules = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.name in NOT_COMPILED and len(relative.parts) == 1:
            continue
        if relative.parts[0] in NOT_COMPILED_PACKAGES:
            continue
        modules.append(path.relative_to(package.parent))
    return modules


class CustomBuildHook(BuildHookInterface):
    """Adds the mypyc-compiled extensions to the wheel."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(
                root / "src" / PACKAGE,
                work / PACKAGE,
                ignore=shutil.ignore_patterns("__pycache__", f"*{suffix}"),
            )
            shutil.copy(root / "pyproject.toml", work)  # the strict mypy settings
            modules = compiled_modules(work / PACKAGE)
            done = subprocess.run(
                [sys.executable, "-m", "mypyc", *map(str, modules)],
                cwd=work,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode:
                raise RuntimeError(f"mypyc failed:\n{done.stdout}\n{done.stderr}")
            # The extensions go to a folder that lives until the wheel is written.
            out = Path(tempfile.mkdtemp(prefix="newsparse-compiled-"))
            self.compiled = out
            for built in work.rglob(f"*{suffix}"):
                if "build" in built.relative_to(work).parts:
                    continue  # the intermediate copies setuptools leaves under build/
                target = out / built.relative_to(work)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(built, target)
                build_data["force_include"][str(target)] = str(built.relative_to(work))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)
