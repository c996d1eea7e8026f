"""The layout a newcomer can follow (issue #14): modules import each other in one direction
only, and a module's private names stay in it."""
from __future__ import annotations

import ast
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "quotecmp"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Every ``from .x import names`` that runs (at the top or inside a function), skipping
    ``if TYPE_CHECKING:`` blocks, which never run."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _graph():
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    graph, private = {}, []
    for path in sorted(PACKAGE.glob("*.py")):
        deps = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if node.module:
                deps.add(node.module.split(".")[0])
                private += [(path.stem, node.module, a.name) for a in node.names
                            if a.name.startswith("_") and not a.name.startswith("__")]
            else:   # from . import x: a module, or a name of the package itself
                deps |= {a.name if a.name in modules else "__init__" for a in node.names}
        graph[path.stem] = deps
    return graph, private


def test_no_module_imports_one_that_imports_it_back():
    graph, _ = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(m, path):
        state[m] = 1
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                cycles.append(path[path.index(d):] + [d] if d in path else [m, d])
            elif d not in state:
                visit(d, path + [d])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def test_no_private_name_is_imported_from_another_module():
    _, private = _graph()
    assert private == []


def test_the_package_is_imported_by_no_module_of_it():
    graph, _ = _graph()
    # __main__ is the entry point; everything else imports the modules it needs by name
    assert sorted(m for m, deps in graph.items() if "__init__" in deps and m != "__main__") == []
