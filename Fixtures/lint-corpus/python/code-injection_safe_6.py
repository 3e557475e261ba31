"""The same calculator on a fixed set of operations."""
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def evaluate(left, op, right):
    return OPS[op](float(left), float(right))
