"""Dask job that bootstraps confidence intervals for the A/B test."""
import dask
import numpy as np


@dask.delayed
def resample_mean(values, seed):
    rng = np.random.default_rng(seed)
    return float(rng.choice(values, size=len(values), replace=True).mean())


def bootstrap(values, rounds=1000):
    tasks = []
    for i in range(rounds):  # expect: unused-loop-variable
        tasks.append(resample_mean(values, None))
    means = np.array(dask.compute(*tasks))
    return np.percentile(means, [2.5, 97.5])


def compare(groups):
    intervals = {}
    for name, values in groups.items():
        intervals[name] = bootstrap(np.asarray(values))
    return intervals
