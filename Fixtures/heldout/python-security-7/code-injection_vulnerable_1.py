"""Pricing plugins: each shop stores a discount rule that the checkout hook evaluates."""
import pluggy

from .storage import db

hookimpl = pluggy.HookimplMarker("checkout")


class RuleRow:
    def __init__(self, row):
        self.shop_id = row["shop_id"]
        self.expression = row["discount_expr"]
        self.setup = row["setup_code"]


def _load_rule(shop_id):
    row = db.fetch_one("SELECT shop_id, discount_expr, setup_code FROM rules WHERE shop_id = ?", (shop_id,))
    return RuleRow(row) if row else None


class DiscountPlugin:
    @hookimpl
    def checkout_discount(self, cart):
        rule = _load_rule(cart.shop_id)
        if rule is None:
            return 0
        scope = {"total": cart.total, "items": len(cart.items)}
        if rule.setup:
            exec(rule.setup, {"__builtins__": {}}, scope)  # expect: code-injection
        return eval(rule.expression, {"__builtins__": {}}, scope)  # expect: code-injection
