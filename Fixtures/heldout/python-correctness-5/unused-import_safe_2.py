"""Loyalty package: re-exports the public API."""
from functools import lru_cache

from loyalty.points import PointsRule, award, expire
from loyalty.tiers import Tier as MembershipTier

__all__ = ["PointsRule", "award", "expire", "MembershipTier", "default_rule"]


@lru_cache(maxsize=1)
def default_rule():
    return PointsRule(per_euro=2, bonus_threshold=50, bonus=25)
