"""SymPy helper that builds Taylor approximations for the numerics course."""
import sympy as sp

x = sp.symbols("x")


def taylor_terms(expr, point, order):
    terms = []
    derivative = expr
    for k in range(order + 1):
        terms.append(derivative.subs(x, point) / sp.factorial(k) * (x - point) ** k)
        derivative = sp.diff(derivative, x)
    return terms


def error_table(expr, point, orders, sample):
    table = {}
    for index, order in enumerate(orders):  # expect: unused-loop-variable
        approx = sum(taylor_terms(expr, point, order))
        table[order] = float(abs(expr.subs(x, sample) - approx.subs(x, sample)))
    return table
