"""pytest suite for the matrix helpers (numpy-backed)."""
import numpy as np

from linalg_helpers import identity, is_symmetric, trace


def test_identity_shape():
    m = identity(3)
    assert m.shape == (3, 3)
    assert np.allclose(m @ m, m)


def test_trace_of_identity():
    result = trace(identity(4)) == 4
    assert result


def test_symmetric_matrices():
    matrices = [np.eye(2), np.array([[1, 2], [2, 1]])]
    assert all(is_symmetric(m) == is_symmetric(m.T) for m in matrices)
