"""feedparser digest: new entries from the team's followed feeds."""
import feedparser

from digest.state import load_seen, save_seen


class Digest:
    def __init__(self, feeds):
        self.feeds = feeds
        self.seen = set(load_seen())

    def fresh_entries(self):
        fresh = []
        for url in self.feeds:
            for entry in feedparser.parse(url).entries:
                key = entry.get("id", entry.link)
                if key in self.seen:
                    continue
                fresh.append(entry)
                self.seen.add(key)
        save_seen(sorted(self.seen))
        return fresh
