"""Network diagnostics page for the ops dashboard (Tornado), argv only."""
import asyncio
import ipaddress

import tornado.web

RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


class TracerouteHandler(tornado.web.RequestHandler):
    async def get(self):
        try:
            addr = ipaddress.ip_address(self.get_argument("host"))
        except ValueError:
            raise tornado.web.HTTPError(400, "host must be an IP address") from None
        hops = int(self.get_argument("hops", "15"))
        proc = await asyncio.create_subprocess_exec(
            "traceroute", "-m", str(hops), str(addr), stdout=asyncio.subprocess.PIPE
        )
        out, _ = await proc.communicate()
        self.set_header("Content-Type", "text/plain")
        self.write(out)


class DigHandler(tornado.web.RequestHandler):
    async def post(self):
        record = self.get_body_argument("type", "A")
        if record not in RECORD_TYPES:
            raise tornado.web.HTTPError(400, "unsupported record type")
        name = self.get_body_argument("name")
        proc = await asyncio.create_subprocess_exec(
            "dig", "@10.0.0.2", record, "--", name, "+short", stdout=asyncio.subprocess.PIPE
        )
        out, _ = await proc.communicate()
        self.set_header("Content-Type", "text/plain")
        self.write(out)
