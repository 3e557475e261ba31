import re
from urllib.parse import urlsplit

import httplib2
from errbot import BotPlugin, botcmd

TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
PREVIEW_HOSTS = {"github.com", "gitlab.com", "docs.python.org", "en.wikipedia.org"}


class LinkPreview(BotPlugin):
    def activate(self):
        super().activate()
        self.http = httplib2.Http(timeout=5)

    @botcmd
    def preview(self, msg, args):
        parts = urlsplit(args.strip())
        if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
            return "previews are only made for: " + ", ".join(sorted(PREVIEW_HOSTS))
        url = f"https://{parts.hostname}{parts.path or '/'}"
        response, content = self.http.request(url, "GET")
        if response.status != 200:
            return "no title found"
        match = TITLE.search(content.decode("utf-8", "replace"))
        return match.group(1).strip() if match else "no title found"
