"""Breadth-first crawl of a documentation site (same host only)."""
from collections import deque
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup


def crawl(start: str, limit: int = 200) -> set[str]:
    host = urlparse(start).netloc
    frontier = deque([start])
    seen = {start}
    while frontier and len(seen) < limit:
        url = frontier.popleft()
        resp = requests.get(url, timeout=10)
        if resp.status_code != 200:
            continue
        soup = BeautifulSoup(resp.text, "html.parser")
        for link in soup.find_all("a", href=True):
            target = urljoin(url, link["href"]).split("#")[0]
            if urlparse(target).netloc == host and target not in seen:
                seen.add(target)
                frontier.append(target)
    return seen


def undo_last(stack: list[str]) -> str | None:
    return stack.pop() if stack else None
