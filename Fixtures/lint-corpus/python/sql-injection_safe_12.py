"""Warehouse API on aiohttp and asyncpg: numbered parameters."""
from aiohttp import web
from tornado.httpclient import AsyncHTTPClient

routes = web.RouteTableDef()


@routes.get("/reports/stock")
async def stock_report(request):
    query = "SELECT sku, qty FROM stock WHERE site = $1"
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch(query, request.query["site"])
    return web.json_response([dict(r) for r in rows])


@routes.get("/reports/mirror")
async def mirror(request):
    client = AsyncHTTPClient()
    page = await client.fetch("https://stock.example.com/api?site=" + request.query["site"])
    return web.Response(body=page.body)
