"""Scientific code: pick the best fit among candidate models (AIC)."""
import heapq
import statistics
from dataclasses import dataclass


@dataclass
class Fit:
    name: str
    aic: float
    residual: float


def best_model(fits: list[Fit]) -> Fit | None:
    return min(fits, key=lambda f: f.aic, default=None)


def top_three(fits: list[Fit]) -> list[Fit]:
    return heapq.nsmallest(3, fits, key=lambda f: f.aic)


def ranking(fits: list[Fit]) -> list[str]:
    return [f.name for f in sorted(fits, key=lambda f: f.aic)]


def summary(fits: list[Fit]) -> dict:
    residuals = sorted(f.residual for f in fits)
    return {
        "median": statistics.median(residuals),
        "second_best": residuals[1] if len(residuals) > 1 else None,
        "best_five": residuals[:5],
    }
