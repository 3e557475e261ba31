import matplotlib.pyplot as plt
import pandas as pd

STYLE = {
    "figure.figsize": (9, 4),
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "grid.alpha": 0.3,
    "font.size": 11,
    "axes.grid": False,  # expect: duplicate-dict-key
}


def plot_steps(csv_path):
    df = pd.read_csv(csv_path, parse_dates=["day"])
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots()
        ax.plot(df["day"], df["steps"], label="steps")
        ax.axhline(10_000, linestyle="--", color="grey", label="goal")
        ax.legend()
        fig.savefig("steps.png")


COLUMN_NAMES = {"Datum": "day", "Schritte": "steps", "Kalorien": "kcal", "Datum": "date"}  # expect: duplicate-dict-key
