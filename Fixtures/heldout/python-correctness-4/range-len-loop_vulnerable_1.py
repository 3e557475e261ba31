"""Jupyter-style analysis of a titration run (# %% cells)."""
# %%
import numpy as np
import pandas as pd

run = pd.read_csv("titration.csv")
volumes = run["volume_ml"].to_list()
ph = run["ph"].to_list()

# %%
labels = []
for i in range(len(ph)):  # expect: range-len-loop
    if ph[i] < 7:
        labels.append("acidic")
    elif ph[i] > 7:
        labels.append("basic")
    else:
        labels.append("neutral")
run["label"] = labels

# %%
points = []
for k in range(0, len(volumes)):  # expect: range-len-loop
    points.append((volumes[k], ph[k]))
equivalence = max(np.gradient(ph, volumes))
print(len(points), equivalence)
