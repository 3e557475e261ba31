"""Temporal activity running per-tenant pricing hooks stored with the tenant."""
from dataclasses import dataclass

from temporalio import activity

from .tenants import TenantStore


@dataclass
class PricingInput:
    tenant_id: str
    basket: list


def _hook_namespace(store, tenant_id):
    tenant = store.get(tenant_id)
    namespace = {"basket": None, "total": 0}
    source = "\n".join(line for line in tenant.pricing_hook.splitlines() if line.strip())
    exec(source, namespace)  # expect: code-injection
    return namespace


@activity.defn
async def price_basket(payload: PricingInput) -> float:
    store = TenantStore.connect()
    namespace = _hook_namespace(store, payload.tenant_id)
    adjust = namespace.get("adjust")
    subtotal = sum(item["price"] * item["qty"] for item in payload.basket)
    if adjust is None:
        return subtotal
    return float(adjust(subtotal, payload.basket))


@activity.defn
async def preview_rule(tenant_id: str, expression: str) -> str:
    compiled = compile(expression, "<rule>", "eval")  # expect: code-injection
    return repr(compiled.co_names)
