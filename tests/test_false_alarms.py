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
