"""List the false alarms of the casualty extractor on the count-level shared sets.

    python bench/false_alarms.py [--unreviewed] [SET ...]
        (default sets: gva_dev.jsonl real/noaa_storm_events.jsonl)

A false alarm (../shared/casualty/score_counts.py) is a document whose true count for a
category is zero while the extractor gives an exact figure of that category. Prints, per
alarm, the document id, the category, each offending mention's figure and its sentence,
so that each can be reviewed: a plain error, or a correct mention of another incident.

Reviews live in bench/alarm_review.jsonl, one line per alarm mention (set, id, category,
low, start, in_title) with its verdict and why. An alarm whose mentions are all reviewed
is printed with its verdict; any other is UNREVIEWED, and `--unreviewed` lists only those
(a new alarm a rule change adds shows up there until someone reviews it).
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
REVIEW = ROOT / "bench" / "alarm_review.jsonl"

ReviewKey = tuple[str, str, str, int, int, bool]


def review_key(name: str, doc_id: str, category: str, m: dict[str, object]) -> ReviewKey:
    low, start = m["low"], m["start"]
    assert isinstance(low, int) and isinstance(start, int)
    return (name, doc_id, category, low, start, bool(m.get("in_title")))


def load_review(path: Path = REVIEW) -> dict[ReviewKey, str]:
    """Verdict of every reviewed alarm mention, by its key."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {(r["set"], r["id"], r["category"], r["low"], r["start"], r["in_title"]): r["verdict"]
            for r in rows}


def unreviewed(name: str, doc: dict[str, object], review: dict[ReviewKey, str],
               found: list[tuple[str, Mention]] | None = None) -> set[str]:
    """Categories of the document's alarms (`found`, or computed) that hold a mention nobody
    has reviewed."""
    found = alarms(doc) if found is None else found
    return {c for c, m in found if review_key(name, str(doc["id"]), c, m) not in review}


Mention = dict[str, object]


def exact_figures(mentions: list[Mention], category: str) -> list[Mention]:
    """The mentions of a category with one exact figure (score_counts.py's `figures`)."""
    return [m for m in mentions if m["category"] == category
            and m["low"] is not None and m["high"] == m["low"]]


def alarms(doc: dict[str, object],
           mentions: list[Mention] | None = None) -> list[tuple[str, Mention]]:
    """(category, mention) for every exact figure where the true count is zero; `mentions`
    are the document's, extracted here when not given."""
    gold = doc["gold"]
    assert isinstance(gold, dict)
    mentions = document_mentions(doc) if mentions is None else mentions
    out = []
    for name, category in CATEGORIES:
        if gold.get(name) == 0:
            out += [(category, m) for m in exact_figures(mentions, category)]
    return out


def report(name: str, review: dict[ReviewKey, str], only_new: bool) -> tuple[int, int]:
    """Print the set's alarms; (alarms, unreviewed alarms), each a document x category."""
    count = new = 0
    with (SHARED / name).open(encoding="utf-8") as f:
        for doc in map(json.loads, filter(str.strip, f)):
            found = alarms(doc)
            fresh = unreviewed(name, doc, review, found)
            count, new = count + len({c for c, _ in found}), new + len(fresh)
            for category, m in found:
                verdict = review.get(review_key(name, doc["id"], category, m), "UNREVIEWED")
                if only_new and category not in fresh:
                    continue
                sentence = " ".join(str(m["sentence"]).split())
                print(f"{name}\t{doc['id']}\t{category}\t{m['low']}\t{m['group']}\t{verdict}"
                      f"\t{sentence}")
    return count, new


def main(argv: list[str]) -> int:
    only_new = "--unreviewed" in argv
    names = [a for a in argv if a != "--unreviewed"] or list(DEFAULT_SETS)
    review = load_review()
    for name in names:
        if not (SHARED / name).exists():
            print(f"false_alarms: error: set not found: {SHARED / name}")
            return 1
        count, new = report(name, review, only_new)
        print(f"# {name}: {count} false alarms (document x category), {new} unreviewed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
