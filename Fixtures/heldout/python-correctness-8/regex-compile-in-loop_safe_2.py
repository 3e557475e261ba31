"""mitmproxy addon: strip tracking cookies from responses."""
import re

from mitmproxy import http

TRACKING_COOKIE = re.compile(r"^(_ga|_gid|_fbp)=")


class CookieScrubber:
    def __init__(self):
        self.removed = 0

    def response(self, flow: http.HTTPFlow) -> None:
        kept = []
        for header in flow.response.headers.get_all("set-cookie"):
            if TRACKING_COOKIE.match(header):
                self.removed += 1
                continue
            kept.append(header)
        flow.response.headers.set_all("set-cookie", kept)


addons = [CookieScrubber()]
