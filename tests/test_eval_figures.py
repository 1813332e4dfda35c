"""Figure cases beyond counts and groups: how many groups qualify, proportions, yes/no on
existence and claims to check (the natural-phrasing set uses them)."""

from __future__ import annotations

import pytest

from assistant.evaluation.gold import EvalError, _case
from assistant.evaluation.score import check_figure


def test_group_count_is_the_number_of_qualifying_groups():
    expected = {"group_count": 3, "by": "body"}
    assert check_figure(expected, {"by": "body", "groups": 3, "count": 40}) == []
    assert check_figure(expected, {"by": "body", "groups": 4, "count": 3}) != []
    assert check_figure(expected, {"by": "portfolio", "groups": 3}) != []
    assert check_figure(expected, {"by": "body", "ranking": [], "groups": [{}, {}, {}]}) == []


def test_a_share_needs_both_counts():
    expected = {"count": 12, "share": {"numerator": 12, "denominator": 258}}
    good = {"count": 12, "share": {"numerator": 12, "denominator": 258, "percent": 4.7}}
    assert check_figure(expected, good) == []
    assert check_figure(expected, {"count": 12}) == ["share None/None ≠ 12/258"]
    assert check_figure(expected, {"count": 12, "share": {"numerator": 12, "denominator": 132}}) != []


@pytest.mark.parametrize("truth", [True, False])
def test_existence_and_claims_are_booleans_not_truthy_values(truth):
    assert check_figure({"exists": truth, "count": 3 if truth else 0},
                        {"exists": truth, "count": 3 if truth else 0}) == []
    assert check_figure({"exists": truth}, {"exists": int(truth)}) != []
    assert check_figure({"claim_holds": truth}, {"claim": {"holds": truth, "claimed": 40}}) == []
    assert check_figure({"claim_holds": truth}, {"claim": {"holds": not truth}}) != []
    assert check_figure({"claim_holds": truth}, {}) != []


def test_a_figure_case_names_what_it_checks():
    base = {"id": "x", "language": "fr", "kind": "figure", "question": "Combien ?"}
    assert _case({**base, "expected": {"exists": False}}, "f:1", "f").expected == {"exists": False}
    with pytest.raises(EvalError, match="group_count"):
        _case({**base, "expected": {"by": "body"}}, "f:1", "f")
