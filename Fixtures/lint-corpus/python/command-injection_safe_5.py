import asyncio
import subprocess

from aiohttp import web

FORMATS = {"png", "jpg", "webp"}
SERVICES = {"web", "worker"}


async def convert(request):
    fmt = request.query.get("format", "png")
    if fmt not in FORMATS:
        raise web.HTTPBadRequest()
    src = request.match_info["name"]
    proc = await asyncio.create_subprocess_exec("convert", f"uploads/{src}", f"output.{fmt}")
    await proc.wait()
    return web.Response(text="done")


async def disk_usage(request):
    output = subprocess.run("df -h /srv", shell=True, capture_output=True, text=True).stdout
    return web.Response(text=output)


async def restart(request):
    service = request.match_info["service"]
    if service not in SERVICES:
        raise web.HTTPNotFound()
    subprocess.run(f"systemctl restart {service}", shell=True, check=True)
    return web.Response(text="restarted")
