"""The README documents every option of the command and keeps its two opening commands."""

from __future__ import annotations

import re

import click
import pytest

from newsparse.cli import command

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
OPENING_COMMANDS = [
    "pip install . && parse fixtures/kurdistan24-baghdadi.txt --pretty",
    "pip install -e '.[dev]' && python -m pytest",
]


def option_names() -> list[str]:
    names = []
    for param in command.params:
        if isinstance(param, click.Option):
            names.extend(param.opts + param.secondary_opts)
    return sorted(names)


@pytest.mark.parametrize("option", option_names())
def test_readme_mentions_every_option(option: str) -> None:
    assert re.search(rf"`{re.escape(option)}[` ]", README), f"README does not document {option}"


def test_readme_opens_with_the_install_and_test_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    assert blocks[:2] == OPENING_COMMANDS


def test_readme_links_the_schema() -> None:
    assert "(src/newsparse/schema.json)" in README
    assert (ROOT / "src" / "newsparse" / "schema.json").exists()
