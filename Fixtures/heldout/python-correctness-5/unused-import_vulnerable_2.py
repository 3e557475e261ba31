"""pytest suite for the loyalty-points calculator."""
import pytest

from loyalty.points import PointsRule, award, expire  # expect: unused-import


@pytest.fixture
def rule():
    return PointsRule(per_euro=2, bonus_threshold=50, bonus=25)


def test_simple_purchase(rule):
    assert award(rule, 10) == 20


def test_bonus_applies(rule):
    assert award(rule, 60) == 145


@pytest.mark.parametrize("amount", [0, -5])
def test_nothing_for_refunds(rule, amount):
    from decimal import Decimal  # expect: unused-import

    assert award(rule, amount) == 0
