"""An incremental build's output against a clean build's, file by file: the test
archive built once to start from, the builds (each ``sphinx-build`` in its own process),
and the comparison.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import copy_root, copy_sources, start_sphinx_build
from sources import append_text

NOT_OUTPUT = (".buildinfo", ".doctrees")
"""Sphinx's own bookkeeping in the output folder, not part of the site."""


def outputs(outdir: Path) -> dict[str, bytes]:
    """Every file of a built site, by path, with its bytes."""
    return {
        path.relative_to(outdir).as_posix(): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file() and path.relative_to(outdir).parts[0] not in NOT_OUTPUT
    }


def differences(built: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    """The files only one build has, or that differ: ``+`` only in the first, ``-`` only
    in the clean one, ``~`` different."""
    return sorted(
        [f"+ {name}" for name in built.keys() - clean.keys()]
        + [f"- {name}" for name in clean.keys() - built.keys()]
        + [f"~ {name}" for name in built.keys() & clean.keys() if built[name] != clean[name]]
    )


def start_build(srcdir: Path, *options: str) -> subprocess.Popen[str]:
    """``sphinx-build -b html`` into ``srcdir/_build``, in its own process."""
    return start_sphinx_build(*options, "-b", "html", str(srcdir), str(srcdir / "_build"))


def finish(run: subprocess.Popen[str], srcdir: Path) -> str:
    """The build's warnings, with the site's folder left out; fails on a failed build."""
    _, stderr = run.communicate()
    assert run.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    return stderr.replace(f"{srcdir}/", "")


def build(srcdir: Path, *options: str) -> str:
    """An HTML build of ``srcdir`` into ``srcdir/_build``; its warnings."""
    return finish(start_build(srcdir, *options), srcdir)


def clean_build(srcdir: Path, clean: Path) -> dict[str, bytes]:
    """Every output file of a clean build, without a warning, of ``srcdir``'s sources
    copied to ``clean``."""
    shutil.rmtree(clean, ignore_errors=True)
    assert build(copy_sources(srcdir, clean)) == ""
    return outputs(clean / "_build")


def rebuild_and_compare(srcdir: Path, clean: Path, *options: str) -> list[str]:
    """Build ``srcdir`` again (incrementally, with ``options``) and a clean copy of it at
    the same time; the files that differ, and the warnings if they differ."""
    shutil.rmtree(clean, ignore_errors=True)
    copy_sources(srcdir, clean)
    incremental, fresh = start_build(srcdir, *options), start_build(clean)
    warned, warned_clean = finish(incremental, srcdir), finish(fresh, clean)
    found = differences(outputs(srcdir / "_build"), outputs(clean / "_build"))
    if sorted(warned.splitlines()) != sorted(warned_clean.splitlines()):
        found.append(f"warnings:\n{warned}\n  clean:\n{warned_clean}")
    return found


def built_once(base: Path, conf: str = "") -> tuple[Path, Path]:
    """The archive (with ``conf`` added to its ``conf.py``) built once without a warning,
    and a copy of it, sources and output, to start each test or run from (at the same
    path, as Sphinx's environment knows it)."""
    srcdir, pristine = base / "site", base / "pristine"
    append_text(copy_root("test-archive", srcdir) / "conf.py", conf)
    assert build(srcdir) == ""
    shutil.copytree(srcdir, pristine)
    return srcdir, pristine


def restored(built: tuple[Path, Path]) -> Path:
    """The site as ``built_once`` left it, whatever was done to it since."""
    srcdir, pristine = built
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(pristine, srcdir)
    return srcdir
