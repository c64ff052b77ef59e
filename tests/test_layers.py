"""What scheduler.py may import: import-linter takes only packages as roots, so the rules
the import contract (pyproject.toml) states for the app's packages are checked here for
this one module: no Scrapy or crawler (the scheduler runs crawls in child processes), no
app package (newsmon sits above it), no ORM models (it goes through storage/ functions)."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.sitecrawl import REPO

FORBIDDEN_DIRECT = ("scrapy", "twisted", "crawler", "newsmon", "storage.models")
FORBIDDEN_LOADED = ("scrapy", "twisted", "crawler", "newsmon", "trafilatura")


def _direct_imports(path: str) -> set[str]:
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_scheduler_imports_no_crawler_app_or_models() -> None:
    bad = {name for name in _direct_imports("scheduler.py")
           if name.startswith(FORBIDDEN_DIRECT)}
    assert not bad


def test_importing_the_scheduler_loads_no_scrapy_crawler_or_app() -> None:
    code = ("import sys, scheduler; print(sorted({m.split('.')[0] for m in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    loaded = set(eval(out))  # noqa: S307 - our own printed list
    assert not loaded & set(FORBIDDEN_LOADED)
