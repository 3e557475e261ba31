import functools
import os.path
import time

import numpy as np


@functools.lru_cache(maxsize=None)
def load_weights(path):
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    return np.loadtxt(path, delimiter=",")


def predict(features, path="weights.csv"):
    start = time.perf_counter()
    weights = load_weights(path)
    scores = np.asarray(features) @ weights
    elapsed = time.perf_counter() - start
    return scores.argmax(axis=1), elapsed


if __name__ == "__main__":
    labels, took = predict([[0.2, 0.1, 0.7], [0.9, 0.05, 0.05]])
    print(labels, f"{took * 1000:.1f} ms")
