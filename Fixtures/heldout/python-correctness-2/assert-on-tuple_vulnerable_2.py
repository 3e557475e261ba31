import numpy as np


def normalize(matrix):
    arr = np.asarray(matrix, dtype=float)
    assert (arr.ndim == 2, f"expected 2-D input, got {arr.ndim}-D")  # expect: assert-on-tuple
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    assert (norms > 0).all(), "zero row"
    return arr / norms


def check_shapes(a, b):
    assert (a.shape[1], b.shape[0])  # expect: assert-on-tuple
    return a @ b
