import re

import httplib2
from errbot import BotPlugin, botcmd

TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


class LinkPreview(BotPlugin):
    def activate(self):
        super().activate()
        self.http = httplib2.Http(timeout=5)

    def page_title(self, url):
        response, content = self.http.request(url, "GET", headers={"User-Agent": "errbot-preview"})  # expect: ssrf
        if response.status != 200:
            return None
        match = TITLE.search(content.decode("utf-8", "replace"))
        return match.group(1).strip() if match else None

    @botcmd
    def preview(self, msg, args):
        url = args.strip()
        title = self.page_title(url)
        return title or "no title found"
