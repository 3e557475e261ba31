import pandas as pd

ALLOWED_COUNTRIES = ["DE", "FR", "NL", "BE", "AT", "CH", "IT", "ES", "PL", "SE"]


def validate_orders(df: pd.DataFrame):
    problems = []
    seen_ids = []
    for row in df.itertuples(index=False):
        if row.country not in ALLOWED_COUNTRIES:  # expect: membership-in-list-loop
            problems.append((row.order_id, f"country {row.country}"))
        if row.order_id in seen_ids:  # expect: membership-in-list-loop
            problems.append((row.order_id, "duplicate id"))
        seen_ids.append(row.order_id)
    return problems


vip_ids = pd.read_csv("vip_customers.csv")["customer_id"].tolist()
orders = pd.read_csv("orders.csv")
vip_orders = [o for o in orders.itertuples() if o.customer_id in vip_ids]  # expect: membership-in-list-loop
print(len(vip_orders), "VIP orders;", len(validate_orders(orders)), "problems")
