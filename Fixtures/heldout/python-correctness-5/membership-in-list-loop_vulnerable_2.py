"""Polars: tag order lines whose SKU has been recalled."""
import polars as pl


class RecallChecker:
    def __init__(self, recall_csv):
        self.recalled = []
        for row in pl.read_csv(recall_csv).iter_rows(named=True):
            self.recalled.append(row["sku"])

    def affected_orders(self, orders):
        affected = {}
        for order in orders.iter_rows(named=True):
            if order["sku"] not in self.recalled:  # expect: membership-in-list-loop
                continue
            affected.setdefault(order["customer"], []).append(order["order_id"])
        return affected

    def notify_list(self, orders):
        customers = list(self.affected_orders(orders))
        return "\n".join(customers)
