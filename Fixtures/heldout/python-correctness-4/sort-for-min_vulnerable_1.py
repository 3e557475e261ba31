"""Scientific code: pick the best fit among candidate models (AIC)."""
from dataclasses import dataclass

import numpy as np


@dataclass
class Fit:
    name: str
    aic: float
    residual: float


def candidate_fits(x: np.ndarray, y: np.ndarray, degrees=(1, 2, 3, 4)) -> list[Fit]:
    fits = []
    for degree in degrees:
        coeffs, residuals, *_ = np.polyfit(x, y, degree, full=True)
        rss = float(residuals[0]) if len(residuals) else 0.0
        aic = len(x) * np.log(rss / len(x) + 1e-12) + 2 * (degree + 1)
        fits.append(Fit(f"poly{degree}", float(aic), rss))
    return fits


def best_model(fits: list[Fit]) -> Fit:
    return sorted(fits, key=lambda f: f.aic)[0]  # expect: sort-for-min


def worst_residual(fits: list[Fit]) -> float:
    ranked = sorted((f.residual for f in fits), reverse=True)  # expect: sort-for-min
    return ranked[0]


def noisiest_channel(noise: dict[str, float]) -> str:
    names = list(noise)
    names.sort(key=noise.get)  # expect: sort-for-min
    return names[-1]
