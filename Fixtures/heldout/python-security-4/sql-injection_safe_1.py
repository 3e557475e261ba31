"""Litestar controller listing invoices with asyncpg."""
from typing import Optional

import asyncpg
from litestar import Controller, get
from litestar.exceptions import ValidationException

ORDERINGS = {
    "newest": "issued_at DESC",
    "oldest": "issued_at ASC",
    "amount": "amount_cents DESC",
}


class InvoiceController(Controller):
    path = "/invoices"

    @get("/")
    async def list_invoices(
        self,
        pool: asyncpg.Pool,
        customer: Optional[str] = None,
        status: Optional[str] = None,
        order: str = "newest",
    ) -> list[dict]:
        if order not in ORDERINGS:
            raise ValidationException("unknown ordering")
        conditions = ["archived = false"]
        args: list = []
        if customer:
            args.append(customer)
            conditions.append(f"customer_id = ${len(args)}")
        if status:
            args.append(status)
            conditions.append(f"status = ${len(args)}")
        sql = (
            "SELECT id, customer_id, amount_cents, status FROM invoices WHERE "
            + " AND ".join(conditions)
            + " ORDER BY "
            + ORDERINGS[order]
        )
        async with pool.acquire() as conn:
            rows = await conn.fetch(sql, *args)
        return [dict(r) for r in rows]
