"""Streamlit-free matplotlib widget: one button per filter."""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.widgets import Button

FILTERS = {"raw": 1, "smooth-5": 5, "smooth-25": 25}


def moving_average(signal: np.ndarray, window: int) -> np.ndarray:
    return np.convolve(signal, np.ones(window) / window, mode="same")


def build(signal: np.ndarray):
    fig, ax = plt.subplots()
    (line,) = ax.plot(signal)
    fig.subplots_adjust(bottom=0.2)
    buttons = []
    for i, (label, window) in enumerate(FILTERS.items()):
        axis = fig.add_axes([0.1 + 0.25 * i, 0.05, 0.2, 0.075])
        button = Button(axis, label)
        button.on_clicked(lambda _event: line.set_ydata(moving_average(signal, window)))  # expect: late-binding-closure
        buttons.append(button)
    hooks = []
    for label in FILTERS:
        hooks.append(lambda: ax.set_title(label))  # expect: late-binding-closure
    readers = [lambda: window for window in FILTERS.values()]  # expect: late-binding-closure
    return fig, buttons, hooks, readers
