"""Scientific helper: fit polynomial models and keep a log of the fits."""
import numpy as np


def fit(x: np.ndarray, y: np.ndarray, degree: int = 2, history: list = list()):  # expect: mutable-default-argument
    coeffs = np.polyfit(x, y, degree)
    history.append(coeffs)
    return coeffs, history


def evaluate(coeffs, points, cache: dict = dict()):  # expect: mutable-default-argument
    key = tuple(coeffs)
    if key not in cache:
        cache[key] = np.poly1d(coeffs)
    return cache[key](points)
