"""pytest suite for the matrix helpers (numpy-backed)."""
import numpy as np

from linalg_helpers import identity, is_symmetric, trace


def test_identity_shape():
    m = identity(3)
    m.shape == (3, 3)  # expect: useless-comparison
    assert np.allclose(m @ m, m)


def test_trace_of_identity():
    trace(identity(4)) == 4  # expect: useless-comparison


def test_symmetric():
    m = np.array([[1, 2], [2, 1]])
    assert is_symmetric(m)
    is_symmetric(m.T) == True  # expect: useless-comparison
