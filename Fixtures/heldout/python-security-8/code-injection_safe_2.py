"""Temporal activity applying per-tenant pricing rules stored with the tenant."""
import ast
from dataclasses import dataclass

from temporalio import activity

from .tenants import TenantStore

DISCOUNTS = {
    "none": lambda subtotal: subtotal,
    "ten_percent": lambda subtotal: subtotal * 0.9,
    "five_off_over_fifty": lambda subtotal: subtotal - 5 if subtotal > 50 else subtotal,
}


@dataclass
class PricingInput:
    tenant_id: str
    basket: list


@activity.defn
async def price_basket(payload: PricingInput) -> float:
    tenant = TenantStore.connect().get(payload.tenant_id)
    rule = DISCOUNTS.get(tenant.pricing_rule, DISCOUNTS["none"])
    subtotal = sum(item["price"] * item["qty"] for item in payload.basket)
    return float(rule(subtotal))


@activity.defn
async def parse_thresholds(tenant_id: str, text: str) -> list:
    values = ast.literal_eval(text)
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        raise ValueError("thresholds must be a list of numbers")
    return sorted(values)
