"""A spreadsheet-like calculator: formulas arrive from the sheet engine."""


def evaluate(cell, formula):
    expression = formula.replace("^", "**")
    return eval("(" + expression + ")")  # expect: code-injection
