"""The soak benchmark's fault plan (bench/outlets_site.py::fault_plan): a pure function."""

from collections import Counter

import pytest

from bench.outlets_site import FAULT_KINDS, fault_plan

PATHS = [f"/o{k}/a{i}.html" for k in range(5) for i in range(200)]


def test_plan_is_seeded_sized_and_covers_every_kind() -> None:
    plan = fault_plan(PATHS, 0.1, seed=7)
    assert plan == fault_plan(list(reversed(PATHS)), 0.1, seed=7)  # same seed, same plan
    assert plan != fault_plan(PATHS, 0.1, seed=8)
    assert len(plan) == 100 and set(plan) <= set(PATHS)
    counts = Counter(plan.values())
    assert set(counts) == set(FAULT_KINDS)
    assert max(counts.values()) - min(counts.values()) <= 1  # kinds in turn


def test_no_faults_at_zero_and_bad_rates_refused() -> None:
    assert fault_plan(PATHS, 0.0, seed=7) == {}
    with pytest.raises(ValueError, match="not within 0-1"):
        fault_plan(PATHS, 1.5, seed=7)
