"""Polars: tag order lines whose SKU has been recalled."""
import polars as pl


class RecallChecker:
    def __init__(self, recall_csv):
        self.recalled = set(pl.read_csv(recall_csv)["sku"].to_list())
        self.batches = pl.read_csv(recall_csv)["batch"].to_list()

    def affected_orders(self, orders):
        affected = {}
        for order in orders.iter_rows(named=True):
            if order["sku"] not in self.recalled:
                continue
            affected.setdefault(order["customer"], []).append(order["order_id"])
        return affected

    def is_recalled_batch(self, batch):
        return batch in self.batches
