"""Wire XML (NITF, NewsML-G2) and hostile markup: XXE, entity bombs, deep nesting."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.api import parse
from newsparse.errors import MarkupError
from newsparse.html import extract

from .conftest import FIXTURES


def record(name: str) -> dict[str, object]:
    return parse((FIXTURES / name).read_bytes(), path=name).to_dict(with_text=True)


def test_nitf_fields_map_to_the_contract() -> None:
    rec = record("nitf-reuters-cutter.xml")
    assert rec["source"]["format"] == "xml"  # type: ignore[index]
    assert rec["headline"] == "US to give Vietnam a third coast guard cutter"
    assert rec["section"] == "World"
    assert rec["published"] == "2019-11-20T09:30:00Z"  # date.release before date.issue
    assert rec["byline"]["authors"] == ["Jane Doe", "John Roe"]  # type: ignore[index]
    (caption,) = rec["photo_captions"]  # type: ignore[misc]
    assert (
        caption["text"]
        == "U.S. Defense Secretary Mark Esper speaks in Hanoi, Vietnam, November 20, 2019."
    )
    assert caption["credit"] == "REUTERS/Kham"
    paragraphs = [p["text"] for p in rec["paragraphs"]]  # type: ignore[attr-defined]
    assert paragraphs[0].startswith("The United States will give Vietnam")
    assert (
        paragraphs[2]
        == "Vietnam has been the most vocal opponent of China's claims in the South China Sea."
    )
    assert "Vietnam has been" not in paragraphs[1]


def test_nitf_tagline_is_a_credit_line() -> None:
    text, meta = extract((FIXTURES / "nitf-reuters-cutter.xml").read_text("utf-8"), "xml")
    last = meta.body_spans[-1]
    assert text[last.start : last.end] == "Reporting by Jane Doe; Editing by Ava Homa"


def test_newsml_g2_fields_map_to_the_contract() -> None:
    rec = record("newsml-g2-earthquake.xml")
    assert rec["headline"] == "Strong earthquake shakes southern Chile, no damage reported"
    assert rec["published"] == "2019-11-21T07:50:00Z"
    assert rec["section"] == "Environment"
    assert rec["byline"]["authors"] == ["Maria Lopez"]  # type: ignore[index]
    paragraphs = [p["text"] for p in rec["paragraphs"]]  # type: ignore[attr-defined]
    assert len(paragraphs) == 3
    assert paragraphs[-1] == "Chile is one of the most seismically active countries in the world."


@pytest.mark.timeout(20)
@pytest.mark.parametrize("root", ["nitf", "html"])
def test_external_entity_never_reads_local_files(tmp_path: Path, root: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    doc = (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        f"<{root}><body><body.content><p>Leaked: &xxe; end of the paragraph.</p>"
        f"</body.content></body></{root}>"
    )
    rec = parse(doc.encode("utf-8")).to_dict(with_text=True)
    assert "TOP-SECRET-VALUE" not in rec["text"]
    assert "Leaked:" in rec["text"]


def _billion_laughs(root: str) -> bytes:
    lines = ['<?xml version="1.0"?>', f"<!DOCTYPE {root} [", '<!ENTITY lol0 "lol">']
    lines.extend(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    lines.append("]>")
    lines.append(f"<{root}><body><body.content><p>Start. &lol9;</p>")
    lines.append("<p>A normal paragraph after the bomb.</p></body.content></body></" + root + ">")
    return "\n".join(lines).encode("utf-8")


@pytest.mark.timeout(20)
def test_entity_bomb_is_not_expanded() -> None:
    try:
        rec = parse(_billion_laughs("nitf")).to_dict(with_text=True)
    except MarkupError:
        return  # refusing the document is as good as reading it unexpanded
    assert "lollol" not in rec["text"]
    assert len(rec["text"]) < 1000
    assert rec["paragraphs"][0]["text"] == "Start."
    (warning,) = rec["warnings"]
    assert warning.startswith("markup: XML read up to an error (Maximum entity amplification")


@pytest.mark.timeout(20)
def test_deep_xml_nesting_is_survived() -> None:
    levels = 200_000
    doc = (
        '<?xml version="1.0"?><nitf><body><body.content><p>First paragraph.</p>'
        + "<block>" * levels
        + "<p>Too deep to read.</p>"
        + "</block>" * levels
        + "</body.content></body></nitf>"
    )
    rec = parse(doc.encode("utf-8")).to_dict()
    assert rec["paragraphs"][0]["text"] == "First paragraph."
    assert "Too deep" not in " ".join(p["text"] for p in rec["paragraphs"])


@pytest.mark.timeout(20)
def test_deep_html_nesting_is_survived() -> None:
    levels = 200_000
    page = (
        "<html><body><p>Start of the page.</p>"
        + "<div>" * levels
        + "too deep"
        + "</div>" * levels
        + "</body></html>"
    )
    rec = parse(page.encode("utf-8")).to_dict()
    assert [p["text"] for p in rec["paragraphs"]] == ["Start of the page."]


def test_empty_xml_is_a_markup_error() -> None:
    with pytest.raises(MarkupError):
        extract("   ", "xml")


def test_unknown_xml_root_gives_its_text() -> None:
    text, meta = extract("<doc><title>A title</title><para>Some text.</para></doc>", "xml")
    assert text == "A title\n\nSome text.\n"
    assert len(meta.body_spans) == 2
