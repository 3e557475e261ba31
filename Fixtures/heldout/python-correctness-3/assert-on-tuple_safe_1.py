from fractions import Fraction


def simplify(numerator, denominator):
    assert (denominator != 0), "denominator must not be zero"
    f = Fraction(numerator, denominator)
    return f.numerator, f.denominator


def test_simplify():
    assert simplify(6, 8) == (3, 4)
    assert (3, 4) in {simplify(6, 8), simplify(9, 12)}


def test_simplify_negative():
    num, den = simplify(-4, 6)
    assert (
        num == -2
        and den == 3
    ), f"got {num}/{den}"
    assert den > 0, (num, den)
