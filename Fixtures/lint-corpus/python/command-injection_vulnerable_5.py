import asyncio
import subprocess

from aiohttp import web


async def convert(request):
    fmt = request.query.get("format", "png")
    src = request.match_info["name"]
    proc = await asyncio.create_subprocess_shell("convert uploads/%s output.%s" % (src, fmt))  # expect: command-injection
    await proc.wait()
    return web.Response(text="done")


async def git_log(request):
    data = await request.post()
    branch = data.get("branch")
    output = subprocess.getoutput("git log --oneline " + branch)  # expect: command-injection
    return web.Response(text=output)


async def build(request):
    body = await request.json()
    target = body["target"]
    proc = subprocess.Popen(["bash", "-c", "make " + target])  # expect: command-injection
    proc.wait()
    return web.json_response({"code": proc.returncode})
