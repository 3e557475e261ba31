"""Network diagnostics page for the ops dashboard (Tornado)."""
import asyncio

import tornado.web


class TracerouteHandler(tornado.web.RequestHandler):
    async def get(self):
        host = self.get_argument("host")
        hops = self.get_argument("hops", "15")
        cmd = f"traceroute -m {hops} {host}"
        proc = await asyncio.create_subprocess_shell(  # expect: command-injection
            cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        out, _ = await proc.communicate()
        self.set_header("Content-Type", "text/plain")
        self.write(out)


class DigHandler(tornado.web.RequestHandler):
    def initialize(self, resolver):
        self.resolver = resolver

    async def post(self):
        record = self.get_body_argument("type", "A")
        name = self.get_body_argument("name")
        argv = ["sh", "-c"]
        argv.append("dig @%s %s %s +short" % (self.resolver, record, name))
        proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)  # expect: command-injection
        out, _ = await proc.communicate()
        self.set_header("Content-Type", "text/plain")
        self.write(out)


def make_app():
    return tornado.web.Application([
        (r"/diag/traceroute", TracerouteHandler),
        (r"/diag/dig", DigHandler, {"resolver": "10.0.0.2"}),
    ])
