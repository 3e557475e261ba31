"""Tests for the matrix homework (run with pytest), comparing tuples on purpose."""
from matrix import Matrix


def test_identity():
    m = Matrix.identity(3)
    assert (m.rows, m.cols) == (3, 3)
    assert m[0][0] == 1, "diagonal should be 1"


def test_shape_tuple():
    m = Matrix([[1, 2, 3], [4, 5, 6]])
    assert m.shape == (2, 3)
    assert m.shape != (3, 2), m.shape


def test_multiply():
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[0, 1], [1, 0]])
    product = a @ b
    assert product == Matrix([[2, 1], [4, 3]]), product
    assert tuple(product[0]) in {(2, 1), (1, 2)}
