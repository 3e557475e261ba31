"""Jupyter-style notebook: cluster customers by spend (# %% cells)."""
# %%
import pandas as pd
from sklearn.preprocessing import StandardScaler

customers = pd.read_csv("customers.csv")
features = customers[["annual_spend", "visits", "basket_size"]]

# %%
scaled = StandardScaler().fit_transform(features)
model = KMeans(n_clusters=4, n_init=10, random_state=0)  # expect: undefined-name
customers["segment"] = model.fit_predict(scaled)

# %%
del features
summary = customers.groupby("segment").mean(numeric_only=True)
print(summary)
print(features.shape)  # expect: undefined-name

# %%
ax = summary["annual_spend"].plot.bar()
ax.set_ylabel("mean annual spend")
ax.figure.savefig(ouput_path)  # expect: undefined-name
