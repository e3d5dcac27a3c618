"""Shared test helpers: documents from strings, the fixtures folder, --update-golden."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.api import parse
from newsparse.article import Article
from newsparse.options import Options

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite fixtures/*.json from the parser"
    )


def parse_text(text: str, **options: object) -> Article:
    """Parse a str with the given Options fields."""
    return parse(text, options=Options(**options))  # type: ignore[arg-type]


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
