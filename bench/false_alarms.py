"""List the false alarms of the casualty extractor on the count-level shared sets.

    python bench/false_alarms.py [SET ...]   (default: gva_dev.jsonl real/noaa_storm_events.jsonl)

A false alarm (../shared/casualty/score_counts.py) is a document whose true count for a
category is zero while the extractor gives an exact figure of that category. Prints, per
alarm, the document id, the category, each offending mention's figure and its sentence,
so that each can be reviewed: a plain error, or a correct mention of another incident.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.score_casualty import SHARED, document_mentions  # noqa: E402

DEFAULT_SETS = ("gva_dev.jsonl", "real/noaa_storm_events.jsonl")
CATEGORIES = (("killed", "killed"), ("injured", "wounded"))


def alarms(doc: dict[str, object]) -> list[tuple[str, dict[str, object]]]:
    """(category, mention) for every exact figure where the true count is zero."""
    gold = doc["gold"]
    assert isinstance(gold, dict)
    mentions = document_mentions(doc)
    out = []
    for name, category in CATEGORIES:
        if gold.get(name) != 0:
            continue
        out += [(category, m) for m in mentions if m["category"] == category
                and m["low"] is not None and m["high"] == m["low"]]
    return out


def report(name: str) -> int:
    count = 0
    with (SHARED / name).open(encoding="utf-8") as f:
        for doc in map(json.loads, filter(str.strip, f)):
            found = alarms(doc)
            count += len({c for c, _ in found})
            for category, m in found:
                sentence = " ".join(str(m["sentence"]).split())
                print(f"{name}\t{doc['id']}\t{category}\t{m['low']}\t{m['group']}\t{sentence}")
    return count


def main(argv: list[str]) -> int:
    for name in argv or DEFAULT_SETS:
        if not (SHARED / name).exists():
            print(f"false_alarms: error: set not found: {SHARED / name}")
            return 1
        print(f"# {name}: {report(name)} false alarms (document x category)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
