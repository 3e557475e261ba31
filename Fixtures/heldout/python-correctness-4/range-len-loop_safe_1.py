"""Jupyter-style analysis of a titration run (# %% cells)."""
# %%
import pandas as pd

run = pd.read_csv("titration.csv")
volumes = run["volume_ml"].to_list()
ph = run["ph"].to_list()

# %%
slopes = []
for i in range(1, len(ph)):
    slopes.append((ph[i] - ph[i - 1]) / (volumes[i] - volumes[i - 1]))

# %%
window = 5
smoothed = [sum(ph[j:j + window]) / window for j in range(len(ph) - window + 1)]
chunks = [ph[s:s + 10] for s in range(0, len(ph), 10)]
print(max(slopes), len(smoothed), len(chunks))
