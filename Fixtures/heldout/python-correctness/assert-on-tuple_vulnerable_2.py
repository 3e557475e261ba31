"""Tests for the matrix homework (run with pytest)."""
from matrix import Matrix


def test_identity():
    m = Matrix.identity(3)
    assert (m.rows, m.cols) == (3, 3)
    assert (m[0][0] == 1, "diagonal should be 1")  # expect: assert-on-tuple


def test_multiply():
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[0, 1], [1, 0]])
    product = a @ b
    assert (product == Matrix([[2, 1], [4, 3]]), product)  # expect: assert-on-tuple


def test_transpose():
    a = Matrix([[1, 2, 3]])
    t = a.transpose()
    assert (t.rows == 3 and t.cols == 1,)  # expect: assert-on-tuple
    assert t[2][0] == 3
