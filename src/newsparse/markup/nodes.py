"""What an lxml node is: the one place that reads a node's tag."""

from __future__ import annotations

from typing import Any

from lxml import etree


def tag_name(el: etree._Element) -> str | None:
    """The element's tag; None for an entity, comment or processing instruction.

    Their ``tag`` is a function (``etree.Entity``, ``etree.Comment``, ...) although the
    stubs type it as a str. The node is read untyped: the compiled build checks the
    declared type of an attribute as it reads it, and would refuse the function.
    """
    node: Any = el
    tag = node.tag
    return tag if isinstance(tag, str) else None
