import re
import sys

from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class LogFilter(QWidget):
    def __init__(self, path):
        super().__init__()
        with open(path, encoding="utf-8", errors="replace") as handle:
            self.lines = handle.read().splitlines()
        self.query = QLineEdit()
        self.query.setPlaceholderText("filter lines")
        self.view = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.view)
        self.query.textChanged.connect(self.refresh)
        self.refresh("")

    def refresh(self, text):
        self.view.clear()
        matcher = re.compile(text, re.IGNORECASE)  # expect: regex-injection
        self.view.addItems([line for line in self.lines if matcher.search(line)][:2000])


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = LogFilter(sys.argv[1])
    window.show()
    sys.exit(app.exec())
