# SPDX-License-Identifier: LGPL-3.0-or-later
"""The import graph: the kernel imports no service package, at module level or inside functions."""

import ast
from pathlib import Path

KERNEL = Path(__file__).resolve().parent.parent / "pyispyb" / "kernel"
SERVICES = ("core", "em", "ssx", "legacy", "v2")


def imported_modules(tree):
    """Yield ``(line, dotted name)`` of every module an ``import`` or ``from ... import`` anywhere in ``tree`` names.

    ``from pyispyb import core`` names ``pyispyb.core``: the imported names are counted as modules too.
    """
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def is_service(name):
    """True when the dotted module name is a service package or lies inside one."""
    parts = name.split(".")
    return len(parts) >= 2 and parts[0] == "pyispyb" and parts[1] in SERVICES


def service_imports(path):
    """Return ``"file:line name"`` for each import of a service package in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path.relative_to(KERNEL.parent.parent)}:{line} {name}"
            for line, name in imported_modules(tree) if is_service(name)]


def test_the_kernel_imports_no_service():
    files = sorted(KERNEL.rglob("*.py"))
    assert len(files) > 20  # the walk found the kernel
    found = [hit for path in files for hit in service_imports(path)]
    assert not found, "the kernel must not import a service package:\n" + "\n".join(found)


def test_the_check_sees_imports_inside_functions(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text("def f():\n    from pyispyb.legacy.services.common import parse_ids\n"
                      "def g():\n    import pyispyb.v2\n"
                      "from pyispyb import em\nfrom pyispyb.kernel import access\nfrom pyispyb import models\n")
    tree = ast.parse(source.read_text())
    assert sorted({name for _line, name in imported_modules(tree) if is_service(name)}) == [
        "pyispyb.em", "pyispyb.legacy.services.common", "pyispyb.legacy.services.common.parse_ids", "pyispyb.v2"]
