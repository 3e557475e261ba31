import numpy as np


def normalize(matrix):
    arr = np.asarray(matrix, dtype=float)
    assert arr.ndim == 2, f"expected 2-D input, got {arr.ndim}-D"
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    assert (norms > 0).all(), "zero row"
    return arr / norms


def check_shapes(a, b):
    assert a.shape[1] == b.shape[0], (a.shape, b.shape)
    assert (a.shape[0], b.shape[1]) in {(2, 2), (3, 3)}
    return a @ b
