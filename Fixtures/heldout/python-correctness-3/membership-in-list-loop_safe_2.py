import pandas as pd

ALLOWED_COUNTRIES = frozenset({"DE", "FR", "NL", "BE", "AT", "CH", "IT", "ES", "PL", "SE"})
PAYMENT_METHODS = ["card", "paypal", "invoice"]


def validate_orders(df: pd.DataFrame, default_method="card"):
    if default_method not in PAYMENT_METHODS:
        raise ValueError(default_method)
    problems = []
    seen_ids = set()
    for row in df.itertuples(index=False):
        if row.country not in ALLOWED_COUNTRIES:
            problems.append((row.order_id, f"country {row.country}"))
        if row.order_id in seen_ids:
            problems.append((row.order_id, "duplicate id"))
        seen_ids.add(row.order_id)
    return problems


orders = pd.read_csv("orders.csv")
vip_ids = set(pd.read_csv("vip_customers.csv")["customer_id"])
vip_orders = orders[orders["customer_id"].isin(vip_ids)]
print(len(vip_orders), "VIP orders;", len(validate_orders(orders)), "problems")
