"""Warehouse API on aiohttp and asyncpg: report queries."""
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/reports/stock")
async def stock_report(request):
    query = "SELECT sku, qty FROM stock WHERE site = '" + request.query["site"] + "'"
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch(query)  # expect: sql-injection
    return web.json_response([dict(r) for r in rows])


@routes.get("/reports/total")
async def total(request):
    column = request.query.get("column", "qty")
    pool = request.app["pool"]
    value = await pool.fetchval(f"SELECT sum({column}) FROM stock")  # expect: sql-injection
    return web.json_response({"total": value})
