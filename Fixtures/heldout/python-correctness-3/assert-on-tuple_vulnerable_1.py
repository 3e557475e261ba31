from fractions import Fraction


def simplify(numerator, denominator):
    assert (denominator != 0, "denominator must not be zero")  # expect: assert-on-tuple
    f = Fraction(numerator, denominator)
    return f.numerator, f.denominator


def mixed_number(numerator, denominator):
    whole, rest = divmod(numerator, denominator)
    return whole, Fraction(rest, denominator)


def test_simplify():
    assert simplify(6, 8) == (3, 4)
    assert (simplify(10, 5), (2, 1))  # expect: assert-on-tuple


def test_mixed_number():
    whole, rest = mixed_number(7, 3)
    assert (  # expect: assert-on-tuple
        whole == 2,
        rest == Fraction(1, 3),
    )
