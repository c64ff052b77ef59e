"""Golden-output tests: the extractor's full output (every field, no sentence text) for every
gold document of ../shared/casualty/{dev,wikinews_dev}.jsonl equals tests/golden/<set>.json.

After an intended change, `python bench/golden_casualty.py --diff` shows the documents and
fields it moves and `--regen` stores the new output.
"""

from __future__ import annotations

import pytest

from bench.golden_casualty import SETS, SHARED, current_output, document_changes, stored_output


@pytest.mark.parametrize("name", SETS)
def test_output_matches_golden(name: str) -> None:
    if not (SHARED / name).exists():
        pytest.skip(f"gold set not found: {SHARED / name}")
    stored, current = stored_output(name), current_output(name)
    assert stored, f"no golden output stored for {name}: run bench/golden_casualty.py --regen"
    moved = {
        doc_id: lines
        for doc_id in sorted(set(stored) | set(current))
        if (lines := document_changes(stored.get(doc_id, []), current.get(doc_id, [])))
    }
    assert not moved, f"{len(moved)} documents moved (bench/golden_casualty.py --diff): " + "; ".join(
        f"{doc_id} {lines[0].strip()[:120]}" for doc_id, lines in list(moved.items())[:5]
    )


def test_changes_name_document_fields() -> None:
    old = [{"category": "killed", "low": 3, "high": 3, "start": 10, "group": "men"}]
    new = [
        {"category": "killed", "low": 3, "high": 3, "start": 10, "group": None},
        {"category": "wounded", "low": 2, "high": 2, "start": 30, "group": None},
    ]
    lines = document_changes(old, new)
    assert lines[0].startswith("  ~ killed 3-3 @10") and "group: 'men' -> None" in lines[0]
    assert lines[1].startswith("  + wounded 2-2 @30")
    assert document_changes(new, old)[-1].startswith("  - wounded 2-2 @30")
