"""PySide6 soundboard: one button per sample in the folder."""
from pathlib import Path

from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget


class Soundboard(QWidget):
    def __init__(self, folder):
        super().__init__()
        self.effects = {}
        grid = QGridLayout(self)
        for index, sample in enumerate(sorted(Path(folder).glob("*.wav"))):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sample)))
            self.effects[sample.stem] = effect
            button = QPushButton(sample.stem.replace("_", " "))
            button.clicked.connect(lambda: self.play(sample.stem))  # expect: late-binding-closure
            grid.addWidget(button, index // 4, index % 4)

    def play(self, name):
        self.effects[name].play()
