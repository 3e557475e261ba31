import sys
from collections import deque
from urllib.parse import urljoin, urlparse

import httpx

MAX_PAGES = 200


def same_site(base, link):
    return urlparse(base).netloc == urlparse(link).netloc


def crawl(start):
    frontier = deque([start])
    seen = {start}
    broken = []
    with httpx.Client(timeout=10) as client:
        while frontier and len(seen) < MAX_PAGES:
            url = frontier.popleft()
            response = client.get(url)
            if response.status_code >= 400:
                broken.append((url, response.status_code))
                continue
            for link in response.text.split('href="')[1:]:
                target = urljoin(url, link.split('"', 1)[0])
                if same_site(start, target) and target not in seen:
                    seen.add(target)
                    frontier.append(target)
    return broken


def main():
    broken = crawl(sys.argv[1])
    for url, status in broken:
        print(status, url)


if __name__ == "__main__":
    main()
