import math
import sys

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class UnitCalculator(QWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Unit calculator")
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("e.g. 3 * pi * 2.5 ** 2")
        self.result = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.result)
        self.entry.returnPressed.connect(self.calculate)
        self.scope = {"pi": math.pi, "sqrt": math.sqrt, "e": math.e}

    def expression(self):
        text = self.entry.text().strip()
        return text.replace("^", "**")

    def calculate(self):
        line = self.expression()
        if not line:
            return
        try:
            value = eval(line, {"__builtins__": {}}, dict(self.scope))  # expect: code-injection
        except Exception as exc:
            self.result.setText(f"error: {exc}")
            return
        self.result.setText(f"= {value:.6g}")


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = UnitCalculator()
    window.show()
    sys.exit(app.exec())
