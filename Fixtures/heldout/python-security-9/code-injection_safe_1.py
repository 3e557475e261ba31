import ast
import math
import operator
import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}
NAMES = {"pi": math.pi, "e": math.e}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in NAMES:
        return NAMES[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](evaluate(node.operand))
    raise ValueError("unsupported expression")


class UnitCalculator(QWidget):
    def __init__(self):
        super().__init__()
        self.entry = QLineEdit()
        self.result = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.result)
        self.entry.returnPressed.connect(self.calculate)

    def calculate(self):
        text = self.entry.text().strip().replace("^", "**")
        try:
            value = evaluate(ast.parse(text, mode="eval"))
        except (ValueError, SyntaxError, ZeroDivisionError) as exc:
            self.result.setText(f"error: {exc}")
            return
        self.result.setText(f"= {value:.6g}")


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = UnitCalculator()
    window.show()
    sys.exit(app.exec())
