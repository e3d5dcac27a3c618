"""Corpus gate: score the shared corpora and compare with pinned floors.

    python tests/eval_gate.py             check every corpus against tests/eval_baseline.json
    python tests/eval_gate.py --update    raise floors to the current figures (never lowers them)
    python tests/eval_gate.py --update --allow-regression   also lower them (say why in the commit)

Not collected by pytest. Skips (with a message) when ../shared is not beside the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
SLACK = 0.002  # figures move a little when scorer ties break differently

# corpus -> extra score.py arguments
CORPORA: dict[str, list[str]] = {
    "seed": [],
    "reuters21578-dev": ["--reference-dates"],
    "polnear-dev": [],
    "aeb-html": [],
}


def headline_figures(figs: dict[str, object]) -> dict[str, float]:
    """One number per scored field: f1 for tallies, accuracy for rates."""
    out: dict[str, float] = {}
    for key, value in figs.items():
        if not isinstance(value, dict):
            continue
        number = value.get("f1", value.get("accuracy"))
        if isinstance(number, int | float):
            out[key] = round(float(number), 4)
    return out


def score(corpus: str, extra: list[str]) -> dict[str, float]:
    parse = str(Path(sys.executable).with_name("parse"))
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "corpora" / corpus),
           "--run", f"{parse} -q", "--json", *extra]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"eval_gate: score.py failed on {corpus}:\n{proc.stderr[-2000:]}")
    return headline_figures(json.loads(proc.stdout))


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-regression", action="store_true")
    ap.add_argument("--corpus", action="append", help="only these corpora")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print("eval_gate: ../shared not found; skipped")
        return 0
    baseline: dict[str, dict[str, float]] = (
        json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    )
    failures = []
    for corpus, extra in CORPORA.items():
        if args.corpus and corpus not in args.corpus:
            continue
        if not (SHARED / "corpora" / corpus).is_dir():
            continue
        figs = score(corpus, extra)
        floors = baseline.setdefault(corpus, {})
        for key, value in sorted(figs.items()):
            floor = floors.get(key)
            mark = ""
            if floor is not None and value < floor - SLACK:
                failures.append(f"{corpus}.{key}: {value:.4f} < floor {floor:.4f}")
                mark = "  REGRESSION"
            print(
                f"{corpus:18} {key:26} {value:.4f}  floor {floor if floor is not None else '-'}{mark}"
            )
            if args.update and (floor is None or value > floor or args.allow_regression):
                floors[key] = value
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n")
    if failures and not args.update:
        print("eval_gate: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
