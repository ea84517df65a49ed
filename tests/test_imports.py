"""The extension's shape: its folders are the stages of a build, and imports point one
way, from a stage to the stages before it, never back and never in a circle.

Imports under ``if TYPE_CHECKING:`` count too: a type a stage names is a thing it knows,
so a lower stage names only the store of its own stage (``read.store``, ``derive.store``,
``write.store``), never the domain built on them.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "_ext" / "sphinx_minutes"
STAGES = ["model", "read", "derive", "check", "write", "export", "tools"]
"""In build order. ``domain`` (Sphinx's side: the store, the links, the events) comes
after them all, and ``setup()`` in ``__init__`` last."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The package's modules that ``path`` imports, for running or for typing."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path).split(".") if module_name(path) else []
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ImportFrom) and child.level:
                base = package[: len(package) - child.level + 1]
                target = [*base, *(child.module.split(".") if child.module else [])]
                if child.module:
                    found.add(".".join(target))
                for alias in child.names:
                    found.add(".".join([*target, alias.name]))
            visit(child)

    visit(tree)
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return {name for name in found if name in modules and name != module_name(path)}


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> int:
    """A module's place in the build order; the wiring (``sphinx``, ``setup()``) last."""
    first = module.split(".")[0]
    if first in STAGES:
        return STAGES.index(first)
    return len(STAGES) + (first == "")


def test_every_module_is_in_a_stage_folder() -> None:
    # ``__main__`` is wiring, as ``setup()`` is: it runs the tools' commands.
    loose = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert loose == []


def test_imports_point_from_a_stage_to_the_stages_before_it() -> None:
    backwards = [
        f"{module} imports {imported}"
        for module, imports in graph().items()
        for imported in sorted(imports)
        if stage(imported) > stage(module)
    ]
    assert backwards == []


def test_no_import_cycle() -> None:
    imports = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for imported in sorted(imports.get(module, ())):
            if state.get(imported) == 1:
                cycles.append([*path[path.index(imported) :], imported])
            elif imported not in state:
                walk(imported, [*path, imported])
        state[module] = 2

    for module in sorted(imports):
        if module not in state:
            walk(module, [module])
    assert cycles == []
