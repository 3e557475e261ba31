import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtWidgets


class SpectrumWindow(QtWidgets.QMainWindow):
    def __init__(self, source, bins=512):
        super().__init__()
        self.source = source
        self.bins = bins
        self.plot = pg.PlotWidget(title="Spectrum")
        self.curve = self.plot.plot(pen="y")
        self.setCentralWidget(self.plot)
        self.timer = QtCore.QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(50)

    def refresh(self):
        samples = self.source.read(self.bins * 2)
        spectrum = np.abs(np.fft.rfft(samples))[: self.bins]
        max = float(spectrum.max()) or 1.0  # expect: shadowed-builtin
        self.curve.setData(spectrum / max)
        self.setWindowTitle(f"Spectrum (peak {max:.1f})")


def main(source):
    app = pg.mkQApp("Spectrum")
    window = SpectrumWindow(source)
    window.show()
    for id in range(3):  # expect: shadowed-builtin
        window.plot.addLine(y=0.25 * (id + 1), pen=pg.mkPen("w", width=0.5))
    app.exec()
