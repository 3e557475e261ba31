# Converted from notebook: sales_exploration.ipynb
import pandas as pd

raw = pd.read_csv("data/sales_2024.csv", parse_dates=["order_date"])
print(raw.shape)

# %% clean
sales = raw.dropna(subset=["region", "amount"])
sales = sales[sales["amount"] > 0]
row_count = len(raw)
del raw

# %% monthly totals
monthly = sales.groupby(sales["order_date"].dt.to_period("M"))["amount"].sum()
print(monthly.tail())
print(f"dropped {row_count - len(sales)} of {len(raw)} rows")  # expect: undefined-name

# %% top regions
by_region = sales.groupby("region")["amount"].agg(["sum", "mean"])
top = by_region.nlargest(5, "sum")
ax = top["sum"].plot.bar(title="Top regions by revenue")
ax.set_ylabel("EUR")
plt.tight_layout()  # expect: undefined-name
plt.savefig("top_regions.png", dpi=150)  # expect: undefined-name
