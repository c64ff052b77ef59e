"""Write casualty predictions for a gold JSON-lines file and score them.

    python bench/score_casualty.py GOLD.jsonl [PRED.jsonl] [--errors]

A line's title goes to `extract_mentions(text, title=...)` unless the text already
opens with it (wikinews_dev.jsonl places the headline as its first paragraph).
Scores with ../shared/casualty/score_counts.py when gold lines carry "gold"
counts, else with score.py; the scorers are loaded by path at run time.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.casualty import extract_mentions  # noqa: E402

SHARED = ROOT.parent / "shared" / "casualty"


def load_scorer(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SHARED / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {SHARED / name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document_mentions(doc: dict[str, object]) -> list[dict[str, object]]:
    """The extractor's output for one gold line, the title passed apart from the text."""
    text = str(doc.get("text") or "")
    title = str(doc.get("title") or "").strip() or None
    if title and text.lstrip().startswith(title):
        title = None
    return [m.to_dict() for m in extract_mentions(text, title=title)]


def write_predictions(gold_path: Path, pred_path: Path) -> bool:
    """Write predictions; True when the gold file holds document-level counts."""
    counts = False
    with gold_path.open(encoding="utf-8") as src, pred_path.open("w", encoding="utf-8") as dst:
        for line in filter(str.strip, src):
            doc = json.loads(line)
            counts = counts or "gold" in doc
            mentions = document_mentions(doc)
            dst.write(json.dumps({"id": doc["id"], "mentions": mentions}) + "\n")
    return counts


def main(argv: list[str]) -> None:
    flags = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        raise SystemExit(__doc__)
    gold = Path(args[0])
    pred = Path(args[1]) if len(args) > 1 else Path(f"/tmp/{gold.stem}.pred.jsonl")
    if write_predictions(gold, pred):
        load_scorer("score_counts").main(str(gold), str(pred))
    else:
        load_scorer("score").main([str(gold), str(pred), *flags])


if __name__ == "__main__":
    main(sys.argv[1:])
