"""An arrow only runs downwards (faces -> words -> core) and no import cycle exists anywhere.

`lint-imports` checks the layers of `.importlinter`; this test reads the same map and builds the
import graph of pia/ itself from every import statement, those inside functions and under
`TYPE_CHECKING` included, so a late import cannot hide an arrow or a cycle.
"""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "pia"


def _layers() -> list[set[str]]:
    """The top-level modules of pia in each layer of `.importlinter`, top layer first."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter", encoding="utf-8")
    lines = config["importlinter:contract:layers"]["layers"].strip().splitlines()
    return [{name.strip() for name in re.split(r"[:|]", line)} for line in lines]


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The pia modules an import statement loads (the module itself, or each name a submodule)."""
    if isinstance(node, ast.Import):
        targets = [alias.name for alias in node.names]
    else:
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            start = f"{package}.{node.module}" if node.module else package
        else:
            start = node.module or ""
        targets = [
            f"{start}.{alias.name}" if f"{start}.{alias.name}" in MODULES else start
            for alias in node.names
        ]
    found = set()
    for target in targets:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target not in (module, "pia"):  # `pia` itself is the public facade
            found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[module] |= _imported(module, node)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _layer_of(module: str, layers: list[set[str]]) -> int | None:
    top = module.split(".")[1] if "." in module else None
    return next((i for i, names in enumerate(layers) if top in names), None)


def test_every_module_of_pia_is_in_one_layer():
    layers = _layers()
    listed = [name for names in layers for name in names]
    assert len(listed) == len(set(listed)), "a module is in two layers of .importlinter"
    tops = {m.split(".")[1] for m in MODULES if "." in m}
    assert sorted(tops - set(listed)) == [], "add these modules to a layer in .importlinter"
    assert sorted(set(listed) - tops) == [], "these modules of .importlinter do not exist"


def test_no_module_imports_a_higher_layer():
    layers = _layers()
    graph = _graph()
    upwards = sorted(
        (a, b)
        for a, imported in graph.items()
        for b in imported
        if (la := _layer_of(a, layers)) is not None
        and (lb := _layer_of(b, layers)) is not None
        and lb < la
    )
    assert upwards == []


def test_no_import_cycle_anywhere():
    assert _cycles(_graph()) == []


def test_the_graph_sees_late_and_relative_imports():
    assert "pia.diff_formats" in _graph()["pia.cli.history"]  # imported inside a function
    statements = ast.parse("from . import transfers\nfrom ..model import field_path").body
    imports = [s for s in statements if isinstance(s, ast.ImportFrom)]
    found = set().union(*(_imported("pia.findings.run", i) for i in imports))
    assert found == {"pia.findings.transfers", "pia.model.field_path"}
