"""pluggy hook that fetches link previews through the fixed preview service."""
import os

import pluggy
import requests

hookimpl = pluggy.HookimplMarker("forum")
PREVIEW_SERVICE = "https://preview.internal.example.com/v1/preview"


class PreviewFetcher:
    def __init__(self, timeout=5):
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + os.environ["PREVIEW_TOKEN"]
        self.timeout = timeout

    def fetch(self, url):
        response = self.session.get(PREVIEW_SERVICE, params={"url": url}, timeout=self.timeout)
        return response.json().get("summary", "")


class LinkPreviewPlugin:
    def __init__(self):
        self.fetcher = PreviewFetcher()

    @hookimpl
    def post_created(self, post):
        for link in post.links:
            post.previews[link] = self.fetcher.fetch(link)
