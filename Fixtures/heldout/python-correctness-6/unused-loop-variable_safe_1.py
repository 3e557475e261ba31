"""Dask job that bootstraps confidence intervals for the A/B test."""
import dask
import numpy as np


@dask.delayed
def resample_mean(values, seed):
    rng = np.random.default_rng(seed)
    return float(rng.choice(values, size=len(values), replace=True).mean())


def bootstrap(values, rounds=1000, seed=7):
    tasks = [resample_mean(values, seed + i) for i in range(rounds)]
    means = np.array(dask.compute(*tasks))
    return np.percentile(means, [2.5, 97.5])


def warm_up(values, rounds=3):
    for _ in range(rounds):
        resample_mean(values, 0).compute()


def compare(groups):
    return {name: bootstrap(np.asarray(values)) for name, values in groups.items()}
