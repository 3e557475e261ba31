"""Quart DNS helper for the network team's dashboard."""
import asyncio
import re

from quart import Quart, abort, jsonify, request

app = Quart(__name__)

HOSTNAME = re.compile(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


async def dig(name: str, rtype: str) -> list[str]:
    proc = await asyncio.create_subprocess_exec(
        "dig", "+short", rtype, "--", name,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=5)
    return [line for line in out.decode().splitlines() if line]


@app.get("/dns")
async def lookup():
    name = request.args.get("name", "").lower()
    rtype = request.args.get("type", "A").upper()
    if not HOSTNAME.fullmatch(name):
        abort(400)
    if rtype not in RECORD_TYPES:
        abort(400)
    return jsonify(name=name, type=rtype, answers=await dig(name, rtype))
