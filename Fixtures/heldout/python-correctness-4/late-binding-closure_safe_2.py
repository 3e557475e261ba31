"""Matplotlib widget: one button per smoothing window."""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.widgets import Button

FILTERS = {"raw": 1, "smooth-5": 5, "smooth-25": 25}


def moving_average(signal: np.ndarray, window: int) -> np.ndarray:
    return np.convolve(signal, np.ones(window) / window, mode="same")


def build(signal: np.ndarray):
    fig, ax = plt.subplots()
    (line,) = ax.plot(signal)
    buttons = []
    for i, (label, window) in enumerate(FILTERS.items()):
        axis = fig.add_axes([0.1 + 0.25 * i, 0.05, 0.2, 0.075])
        button = Button(axis, label)
        button.on_clicked(lambda _event, w=window: line.set_ydata(moving_average(signal, w)))
        buttons.append(button)
    titles = [lambda text=label: ax.set_title(text) for label in FILTERS]
    return fig, buttons, titles
