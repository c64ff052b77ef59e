"""Golden output of the casualty extractor for every gold document, and what a change moves.

    python bench/golden_casualty.py --diff    # documents and fields whose output changed
    python bench/golden_casualty.py --regen   # store the current output as the golden one

For each document of ../shared/casualty/{dev,wikinews_dev}.jsonl the full output (every
field of every mention, offsets included) is kept in tests/golden/<set>.json, keyed by
document id. The sentence text is left out (it is the publisher's text; its offset stays):
only our own output is stored. `--diff` exits 1 when anything moved.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.score_casualty import SHARED, document_mentions  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
SETS = ("dev.jsonl", "wikinews_dev.jsonl")
Output = dict[str, list[dict[str, object]]]


def current_output(name: str) -> Output:
    """Document id -> its mentions, as stored (no sentence text)."""
    out: Output = {}
    with (SHARED / name).open(encoding="utf-8") as f:
        for doc in map(json.loads, filter(str.strip, f)):
            out[str(doc["id"])] = [
                {k: v for k, v in m.items() if k != "sentence"} for m in document_mentions(doc)
            ]
    return out


def golden_path(name: str) -> Path:
    return GOLDEN / name.replace(".jsonl", ".json")


def stored_output(name: str) -> Output:
    path = golden_path(name)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def mention_label(m: dict[str, object]) -> str:
    return f"{m['category']} {m['low']}-{m['high']} @{m['start']}{' title' if m.get('in_title') else ''}"


def document_changes(old: list[dict[str, object]], new: list[dict[str, object]]) -> list[str]:
    """Lines saying which mentions appeared, went, or changed in which fields."""
    by_span = {(m["start"], m.get("in_title"), m["category"]): m for m in old}
    lines = []
    for m in new:
        before = by_span.pop((m["start"], m.get("in_title"), m["category"]), None)
        if before is None:
            lines.append(f"  + {mention_label(m)} {json.dumps(m)}")
        elif before != m:
            fields = [f"{k}: {before.get(k)!r} -> {m.get(k)!r}" for k in m if before.get(k) != m.get(k)]
            lines.append(f"  ~ {mention_label(m)} " + "; ".join(fields))
    lines.extend(f"  - {mention_label(m)} {json.dumps(m)}" for m in by_span.values())
    return lines


def diff(name: str) -> int:
    old, new = stored_output(name), current_output(name)
    moved = 0
    for doc_id in sorted(set(old) | set(new)):
        lines = document_changes(old.get(doc_id, []), new.get(doc_id, []))
        if lines:
            moved += 1
            print(f"{name} {doc_id}:", *lines, sep="\n")
    print(f"{name}: {moved} of {len(new)} documents moved")
    return moved


def regen(name: str) -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    text = json.dumps(current_output(name), indent=1, sort_keys=True, ensure_ascii=False)
    golden_path(name).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {golden_path(name).relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    if argv not in (["--diff"], ["--regen"]):
        print(__doc__.strip().splitlines()[2:4][0])
        print("golden_casualty: error: give exactly one of --diff, --regen")
        return 2
    absent = [n for n in SETS if not (SHARED / n).exists()]
    if absent:
        print(f"golden_casualty: error: not found under {SHARED}: {', '.join(absent)}")
        return 1
    if argv == ["--regen"]:
        for name in SETS:
            regen(name)
        return 0
    return 1 if sum(diff(name) for name in SETS) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
