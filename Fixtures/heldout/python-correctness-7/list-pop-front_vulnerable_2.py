"""BeautifulSoup crawler for the documentation site's broken links."""
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup


class LinkChecker:
    def __init__(self, start):
        self.frontier = [start]
        self.seen = {start}
        self.broken = []

    def crawl(self, limit=500):
        while self.frontier and len(self.seen) < limit:
            url = self.frontier.pop(0)  # expect: list-pop-front
            response = requests.get(url, timeout=10)
            if response.status_code >= 400:
                self.broken.insert(0, url)  # expect: list-pop-front
                continue
            soup = BeautifulSoup(response.text, "html.parser")
            for anchor in soup.find_all("a", href=True):
                target = urljoin(url, anchor["href"])
                if target not in self.seen:
                    self.seen.add(target)
                    self.frontier.append(target)
        return self.broken
