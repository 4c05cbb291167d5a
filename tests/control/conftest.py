from __future__ import annotations

from pathlib import Path

import pytest

from sender.control.context import Context
from sender.store.repository import Repository
from tests.control.doubles import make_context


@pytest.fixture
def ctx(repo: Repository, tmp_path: Path) -> Context:
    return make_context(repo, tmp_path)
