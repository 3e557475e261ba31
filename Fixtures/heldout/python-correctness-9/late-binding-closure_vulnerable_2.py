from krita import DockWidget, Krita
from PyQt5.QtWidgets import QHBoxLayout, QPushButton, QWidget

BRUSH_SIZES = [2, 5, 10, 25, 60]


class QuickBrushDocker(DockWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Quick brush sizes")
        container = QWidget(self)
        row = QHBoxLayout(container)
        self.buttons = []
        for size in BRUSH_SIZES:
            button = QPushButton(f"{size}px", container)
            button.clicked.connect(lambda checked: self.apply_size(size))  # expect: late-binding-closure
            row.addWidget(button)
            self.buttons.append(button)
        self.setWidget(container)

    def apply_size(self, size):
        window = Krita.instance().activeWindow()
        if window is None or window.activeView() is None:
            return
        window.activeView().setBrushSize(size)

    def canvasChanged(self, canvas):
        enabled = canvas is not None
        for button in self.buttons:
            button.setEnabled(enabled)
