"""Fixtures of the parse tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from parse_helpers import DAY


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    """An empty landing folder for DAY under a raw root (tmp_path / 'raw')."""
    folder = tmp_path / "raw" / DAY.isoformat()
    folder.mkdir(parents=True)
    return folder
