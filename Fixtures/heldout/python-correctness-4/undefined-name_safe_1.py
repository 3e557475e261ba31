"""Jupyter-style notebook: cluster customers by spend (# %% cells)."""
# %%
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

if TYPE_CHECKING:
    from matplotlib.axes import Axes

try:
    from rich import print as show
except ImportError:
    show = print

# %%
customers = pd.read_csv("customers.csv")
scaled = StandardScaler().fit_transform(customers[["annual_spend", "visits"]])
customers["segment"] = KMeans(n_clusters=4, n_init=10, random_state=0).fit_predict(scaled)


def label_axes(ax: Axes) -> Axes:
    ax.set_ylabel(Y_LABEL)
    return ax


# %%
Y_LABEL = "mean annual spend"
summary = customers.groupby("segment").mean(numeric_only=True)
show(summary)
label_axes(summary["annual_spend"].plot.bar()).figure.savefig("segments.png")
