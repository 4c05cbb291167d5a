"""The docs are true to the code: what they name exists, what exists is documented."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from sender import errors
from sender.config import Settings

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "sender"
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
PACKAGES = {p.name for p in SRC.iterdir() if p.is_dir() and p.name != "static"}
MODULES = {p.stem for p in SRC.glob("*.py")}
# `room.module.Name` or `sender.room.module.Name` in backticks (a call's arguments aside).
DOTTED = re.compile(r"`((?:sender\.)?[a-z_]+(?:\.[A-Za-z_][A-Za-z0-9_]*)+)(?:\([^`]*\))?`")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _names(path: Path) -> list[str]:
    found = []
    for match in DOTTED.finditer(_text(path)):
        name = match.group(1).removeprefix("sender.")
        head = name.split(".")[0]
        if head in PACKAGES or head in MODULES or _looks_like_ours(name):
            found.append(name)
    return found


def _looks_like_ours(name: str) -> bool:
    """`room.Class` whose room is no importable module: a name of ours that is gone."""
    head, *rest = name.split(".")
    if not rest or not rest[-1][:1].isupper():
        return False
    try:
        importlib.import_module(head)
    except ImportError:
        return True
    return False


def _resolves(name: str) -> bool:
    """Is `a.b.C` (or `a.b.c`) a module of sender, or a name in one (`a/b.py`: a file)?"""
    if name.endswith(".py"):
        return (SRC / name.replace(".", "/").removesuffix("/py")).with_suffix(".py").is_file()
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module("sender." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_module_and_class_the_docs_name_exists(doc: Path) -> None:
    missing = [name for name in _names(doc) if not _resolves(name)]
    assert missing == [], f"{doc.name} names what the code does not have: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_file_the_docs_cite_is_in_the_repository(doc: Path) -> None:
    cited = set(re.findall(r"\b((?:docs/)?[A-Za-z][\w-]*\.md)\b", _text(doc)))
    missing = [
        name
        for name in cited
        if not (ROOT / name).is_file() and not (ROOT / "docs" / name).is_file()
    ]
    assert missing == [], f"{doc.name} cites files that are not here: {missing}"


def _setting_names() -> set[str]:
    return {f"SENDER_{name.upper()}" for name in Settings.model_fields}


def test_every_setting_is_documented_and_every_documented_setting_exists() -> None:
    configuration = _text(ROOT / "docs" / "configuration.md")
    documented = set(re.findall(r"`(SENDER_[A-Z0-9_]+)`", configuration))
    # Read by the CLI or the test suite, not node settings.
    other = {"SENDER_URL", "SENDER_CONFIG", "SENDER_TEST_DATABASE_URL"}
    assert sorted(_setting_names() - documented) == []
    named = set()
    for doc in DOCS:
        named |= set(re.findall(r"\b(SENDER_[A-Z0-9_]*[A-Z0-9])\b", _text(doc)))
    assert sorted(named - _setting_names() - other) == []


def test_every_api_error_code_is_in_the_status_table() -> None:
    api = _text(ROOT / "docs" / "api.md")
    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.ApiError) and cls is not errors.ApiError
    }
    table = api[api.index("| status | code | when |") :].split("\n\n", 1)[0]
    missing = [code for code in sorted(codes) if f"`{code}`" not in table]
    assert missing == [], f"docs/api.md's status table lacks {missing}"


def test_every_api_route_and_rpc_method_is_in_the_reference() -> None:
    """docs/api.md lists each REST route as `METHOD path` and each RPC method by name."""
    from sender.web.api import ROUTES
    from sender.web.rpc import METHODS

    text = _text(ROOT / "docs" / "api.md")
    routes = [f"{r.method} {r.path}" for r in ROUTES]
    assert [r for r in routes if f"`{r}" not in text] == []
    assert [m for m in sorted(METHODS) if f"`{m}`" not in text] == []
