"""The layout shows the data's path: each package imports only the packages before it (docs/architecture.md)."""

from __future__ import annotations

import ast
import pathlib

import attribution

PACKAGE = pathlib.Path(attribution.__file__).parent

# The steps in order; a module may import from its own step and the steps before it.
ORDER = [
    ("model", "errors", "settings", "config", "lexicon"),
    ("read",), ("prepare",), ("parse",), ("link",), ("resolve",), ("rules",), ("auditing",),
    ("lineage",), ("render",), ("corpus",), ("evaluation",), ("server",), ("cli",),
    ("__init__", "__main__", "component"),  # the doors
]
RANK = {name: rank for rank, names in enumerate(ORDER) for name in names}


def _imports(path: pathlib.Path) -> list[list[str]]:
    """Return every module of the package that ``path`` imports, at the top or inside a function."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    package = ["attribution", *parts[:-1]]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                module = package[:len(package) - node.level + 1] + (node.module.split(".") if node.module else [])
            else:
                module = (node.module or "").split(".")
            if module[0] == "attribution":
                found += [module + [a.name] for a in node.names] if len(module) == 1 else [module]
        elif isinstance(node, ast.Import):
            found += [a.name.split(".") for a in node.names if a.name.split(".")[0] == "attribution"]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and str(node.args[0].value).startswith(".")):
            found.append(["attribution", *node.args[0].value.strip(".").split(".")])
    return found


def test_every_module_belongs_to_a_step():
    steps = {p.relative_to(PACKAGE).with_suffix("").parts[0] for p in PACKAGE.rglob("*.py")}
    assert steps <= set(RANK), sorted(steps - set(RANK))


def test_no_import_runs_back_up_the_path():
    up = []
    for path in sorted(PACKAGE.rglob("*.py")):
        step = path.relative_to(PACKAGE).with_suffix("").parts[0]
        for module in _imports(path):
            target = module[1] if len(module) > 1 else "__init__"
            if target == "__version__":  # the package's own __init__.py, loaded before any module in it
                continue
            if RANK[target] > RANK[step]:
                up.append(f"{path.relative_to(PACKAGE)} imports {'.'.join(module)}")
    assert up == []
