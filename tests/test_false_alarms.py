"""bench/false_alarms.py: the false alarms it lists are the ones score_counts.py counts."""

from __future__ import annotations

import pytest

from bench.false_alarms import alarms, main


def test_alarm_is_an_exact_figure_where_the_truth_is_zero() -> None:
    doc = {"id": "a", "text": "Two people were killed and three were hurt in the crash.",
           "gold": {"killed": 0, "injured": 3}}
    found = alarms(doc)
    assert [(c, m["low"]) for c, m in found] == [("killed", 2)]
    assert "were killed" in str(found[0][1]["sentence"])


def test_no_alarm_where_the_truth_is_unknown_or_non_zero() -> None:
    doc = {"id": "b", "text": "Two people were killed and three were hurt.",
           "gold": {"killed": 2}}  # injured unknown: not scored
    assert alarms(doc) == []


def test_ranges_are_no_alarm() -> None:
    doc = {"id": "c", "text": "Between 10 and 20 people were injured.",
           "gold": {"killed": 0, "injured": 0}}
    assert alarms(doc) == []


def test_missing_set_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no_such_set.jsonl"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("false_alarms: error: set not found") and out.count("\n") == 1


# --- reviewed alarms (bench/alarm_review.jsonl) ----------------------------------------------

def test_an_alarm_counts_as_an_error_until_each_of_its_mentions_is_reviewed_correct() -> None:
    from bench.false_alarms import review_key
    from bench.score_all import count_scores

    doc = {"id": "r", "text": "Two people were killed last year. One man was killed on Monday.",
           "gold": {"killed": 0, "injured": 0}}
    (_, first), (_, second) = alarms(doc)
    one = {review_key("s", "r", "killed", first): "other incident"}
    both = one | {review_key("s", "r", "killed", second): "other incident"}
    wrong = one | {review_key("s", "r", "killed", second): "error"}
    assert count_scores([doc], "s", {})["FA errors"] == 0.5  # 1 of 2 zero-count slots
    assert count_scores([doc], "s", one)["FA errors"] == 0.5  # one mention is still unreviewed
    assert count_scores([doc], "s", both) == {"recall": 0.0, "falsealarm": 0.5, "FA errors": 0.0}
    assert count_scores([doc], "s", wrong)["FA errors"] == 0.5


def test_unreviewed_lists_only_the_categories_with_an_unreviewed_mention() -> None:
    from bench.false_alarms import review_key, unreviewed

    doc = {"id": "u", "text": "Three people were killed and two were hurt in an earlier crash.",
           "gold": {"killed": 0, "injured": 0}}
    found = dict(alarms(doc))
    assert set(found) == {"killed", "wounded"}
    review = {review_key("s", "u", "killed", found["killed"]): "other incident"}
    assert unreviewed("s", doc, review) == {"wounded"}


def test_every_alarm_on_the_shared_count_sets_is_reviewed() -> None:
    """A rule change that adds a false alarm shows here until its mention is reviewed."""
    import json

    from bench.false_alarms import load_review, unreviewed
    from tests.conftest import shared_path

    review = load_review()
    for name in ("gva_dev.jsonl", "real/noaa_storm_events.jsonl",
                 "real/isaf_press_releases.jsonl", "real/wiki_school_shootings_us.jsonl"):
        path = shared_path("casualty", name)
        with path.open(encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        fresh = {(doc["id"], c) for doc in docs for c in unreviewed(name, doc, review)}
        assert not fresh, f"{name}: unreviewed alarms (bench/false_alarms.py --unreviewed): {fresh}"
