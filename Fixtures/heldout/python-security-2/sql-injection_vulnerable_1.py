"""Inventory search API (aiohttp + asyncpg)."""
from aiohttp import web

routes = web.RouteTableDef()


def _filters(params):
    clauses = []
    if "warehouse" in params:
        clauses.append(f"warehouse_code = '{params['warehouse']}'")
    if "min_qty" in params:
        clauses.append("quantity >= " + params["min_qty"])
    return clauses


@routes.get("/api/stock")
async def list_stock(request: web.Request) -> web.Response:
    pool = request.app["db"]
    sql = "SELECT sku, name, quantity FROM stock"
    clauses = _filters(request.query)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY " + request.query.get("sort", "sku")
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql)  # expect: sql-injection
    return web.json_response([dict(r) for r in rows])


@routes.post("/api/stock/{sku}/note")
async def annotate(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    body = await request.json()
    note = body.get("note", "")
    stmt = "UPDATE stock SET note = '%s' WHERE sku = '%s'" % (note, sku)
    async with request.app["db"].acquire() as conn:
        await conn.execute(stmt)  # expect: sql-injection
    return web.json_response({"ok": True})
