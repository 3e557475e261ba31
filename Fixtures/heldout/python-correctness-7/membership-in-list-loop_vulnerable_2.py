"""Playwright crawler that collects product pages of the shop for the sitemap."""
from playwright.sync_api import sync_playwright


class SitemapCrawler:
    def __init__(self, start):
        self.start = start
        self.visited = []

    def crawl(self, limit=200):
        pending = [self.start]
        with sync_playwright() as p:
            browser = p.chromium.launch()
            page = browser.new_page()
            while pending and len(self.visited) < limit:
                url = pending.pop()
                if url in self.visited:  # expect: membership-in-list-loop
                    continue
                self.visited.append(url)
                page.goto(url)
                pending.extend(page.eval_on_selector_all("a.product", "els => els.map(e => e.href)"))
            browser.close()
        return self.visited
