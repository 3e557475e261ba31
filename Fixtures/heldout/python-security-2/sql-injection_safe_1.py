"""Inventory search API (aiohttp + asyncpg), parameterised."""
from aiohttp import web

routes = web.RouteTableDef()
SORTABLE = {"sku": "sku", "name": "name", "qty": "quantity"}


@routes.get("/api/stock")
async def list_stock(request: web.Request) -> web.Response:
    clauses, args = [], []
    if "warehouse" in request.query:
        args.append(request.query["warehouse"])
        clauses.append(f"warehouse_code = ${len(args)}")
    if "min_qty" in request.query:
        args.append(int(request.query["min_qty"]))
        clauses.append(f"quantity >= ${len(args)}")
    sql = "SELECT sku, name, quantity FROM stock"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    order = SORTABLE.get(request.query.get("sort", "sku"), "sku")
    sql += f" ORDER BY {order}"
    async with request.app["db"].acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return web.json_response([dict(r) for r in rows])


@routes.post("/api/stock/{sku}/note")
async def annotate(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    body = await request.json()
    async with request.app["db"].acquire() as conn:
        await conn.execute(
            "UPDATE stock SET note = $1 WHERE sku = $2", body.get("note", ""), sku
        )
    return web.json_response({"ok": True})
