"""Fuzz ``newsparse.parse``: any bytes give a record or a NewsparseError, never a crash.

With atheris (``pip install -e '.[fuzz]'``), coverage-guided::

    .venv/bin/python bench/fuzz.py -runs=20000 -max_len=4096 -timeout=10 [CORPUS_DIR ...]

Without it, or with ``--random``, the same entry point runs a seeded loop of mutated
inputs (wire-story seeds, quotation marks, dashes, binary signatures, line ends)::

    .venv/bin/python bench/fuzz.py --random -runs=20000 -seed=1

Each input is parsed as bytes and as text; the record's spans must cut their strings
(``text[start:end] == value``). A failing input is written to ``crash-<sha1>`` in the
current directory (atheris does the same) and the run exits non-zero.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

try:
    import atheris
except ImportError:  # the optional `fuzz` extra is not installed
    atheris = None

if atheris is not None and "--random" not in sys.argv:
    with atheris.instrument_imports():
        import newsparse
        from newsparse.errors import NewsparseError
        from newsparse.invariants import span_violations
else:
    import newsparse
    from newsparse.errors import NewsparseError
    from newsparse.invariants import span_violations


def check_spans(record: dict[str, Any], text: str) -> None:
    problems = span_violations(record, text)
    if problems:
        raise AssertionError("; ".join(problems[:5]))


def test_one_input(data: bytes) -> None:
    """The fuzz target: bytes in, a valid record or a NewsparseError out."""
    for source in (data, data.decode("utf-8", "replace")):
        try:
            article = newsparse.parse(source)
        except NewsparseError:
            continue
        check_spans(article.to_dict(), article.doc.text)


SEEDS = (
    b"WASHINGTON (Reuters) - \xe2\x80\x9cWe will win,\xe2\x80\x9d he said on Monday.\n\n"
    b"(Reporting by Jane Doe; Editing by John Roe)\n",
    b"Middle East\n\nHeadline here\n\nBy Jane Doe, AP\n\nA photo. (Photo: REUTERS/Ann Lee)\n\n"
    b'ERBIL, Kurdistan Region (Kurdistan24) \xe2\x80\x93 "It is over," the Ministry added.\n',
    b'    SALVADOR, Feb 26 - Showers continued, "the rains," said Mr. Roe.\n    Reuter\n',
    b"<html><head><meta charset='utf-8'><title>T</title></head><body><p>Hi</p></body></html>",
    b"\xef\xbb\xbfLONDON, March 3 (Xinhua) -- \x93Quoted,\x94 said an official who asked not to be named.",
)
TOKENS = (
    b'"', b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"''", b"(", b")", b" - ", b" -- ", b"\xe2\x80\x94",
    b"By ", b" and ", b", ", b" said ", b"according to ", b"Editing by ", b"(Reuters)", b"\n",
    b"\n\n", b"\r\n", b"\r", b"    ", b"\x00", b"\xff", b"\x93", b"May 5", b"Monday", b"%PDF",
    b"\x1f\x8b", b"\xef\xbb\xbf", b"<p>", b"&amp;", b"WASHINGTON, ",
)  # fmt: skip


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few random edits: token insertions, byte flips, deletions, duplications."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(buf))
        op = rng.random()
        if op < 0.5:
            buf[at:at] = rng.choice(TOKENS) * rng.choice((1, 1, 1, 2, 7, 50))
        elif op < 0.7 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op < 0.85:
            del buf[at : at + rng.randint(1, 16)]
        else:
            buf[at:at] = buf[max(0, at - 32) : at]
    return bytes(buf[:16_384])


def random_loop(argv: list[str]) -> int:
    """The fallback without atheris: -runs=N -seed=S -max_len=L, seed folders or a crash file."""
    opts = {m.group(1): int(m.group(2)) for a in argv if (m := re.match(r"^-(\w+)=(\d+)$", a))}
    runs, seed, max_len = opts.get("runs", 10_000), opts.get("seed", 0), opts.get("max_len", 16_384)
    seeds = list(SEEDS)
    for path in (Path(a) for a in argv if not a.startswith("-")):
        if path.is_file():  # a crash file: replay it alone
            test_one_input(path.read_bytes())
            print(f"{path}: no failure")
            return 0
        seeds.extend(p.read_bytes()[:max_len] for p in sorted(path.iterdir())[:200] if p.is_file())
    rng = random.Random(seed)
    t0 = time.perf_counter()
    for run in range(runs):
        data = mutate(rng, rng.choice(seeds))[:max_len]
        try:
            test_one_input(data)
        except Exception:
            name = f"crash-{hashlib.sha1(data).hexdigest()}"
            Path(name).write_bytes(data)
            print(f"run {run}: crash, input written to {name}", file=sys.stderr)
            raise
    seconds = time.perf_counter() - t0
    print(f"random loop: {runs} inputs (seed {seed}) in {seconds:.1f} s, no failure")
    return 0


def main() -> int:
    if atheris is None or "--random" in sys.argv:
        if atheris is None:
            print("atheris is not installed: running the random-input loop", file=sys.stderr)
        return random_loop([a for a in sys.argv[1:] if a != "--random"])
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
