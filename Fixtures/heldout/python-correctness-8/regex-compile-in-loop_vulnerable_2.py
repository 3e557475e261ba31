"""mitmproxy addon: strip tracking cookies from responses."""
import re

from mitmproxy import http

BLOCKED_HOSTS = frozenset({"ads.example.net", "pixel.example.com"})


class CookieScrubber:
    def __init__(self):
        self.removed = 0

    def response(self, flow: http.HTTPFlow) -> None:
        if flow.request.pretty_host in BLOCKED_HOSTS:
            return
        kept = []
        for header in flow.response.headers.get_all("set-cookie"):
            if re.compile(r"^(_ga|_gid|_fbp)=").match(header):  # expect: regex-compile-in-loop
                self.removed += 1
                continue
            kept.append(header)
        flow.response.headers.set_all("set-cookie", kept)


addons = [CookieScrubber()]
