"""BlackSheep endpoints issuing API keys and one-time login codes."""
import os
import random
import time

from blacksheep import Application, Request, json as json_response

from .keys import store_key, store_login_code

app = Application()


class KeyMinter:
    def __init__(self):
        self._rng = random.Random(os.getpid() ^ time.time_ns())

    def new_key(self, prefix):
        raw = self._rng.getrandbits(160)  # expect: insecure-random
        return f"{prefix}_{raw:040x}"


minter = KeyMinter()


@app.router.post("/api/keys")
async def create_key(request: Request):
    body = await request.json()
    api_key = minter.new_key("live" if body.get("live") else "test")
    await store_key(request.user, api_key)
    return json_response({"key": api_key})


@app.router.post("/login/code")
async def login_code(request: Request):
    body = await request.json()
    code = "%06d" % random.randrange(10 ** 6)  # expect: insecure-random
    await store_login_code(body.get("email"), code)
    return json_response({"sent": True})
