"""aiohttp service exposing the seat map for the booking widget."""
import aiohttp_cors
from aiohttp import web

from .seats import seat_map, hold_seat


async def get_map(request):
    show = request.match_info["show"]
    return web.json_response(await seat_map(show))


async def post_hold(request):
    body = await request.json()
    hold = await hold_seat(request.match_info["show"], body["seat"], request.cookies.get("booking"))
    return web.json_response(hold)


def build_app():
    app = web.Application()
    cors = aiohttp_cors.setup(app, defaults={
        "*": aiohttp_cors.ResourceOptions(  # expect: cors-misconfiguration
            allow_credentials=True,
            expose_headers="*",
            allow_headers="*",
        ),
    })
    cors.add(app.router.add_get("/shows/{show}/seats", get_map))
    cors.add(app.router.add_post("/shows/{show}/holds", post_hold))
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=8081)
