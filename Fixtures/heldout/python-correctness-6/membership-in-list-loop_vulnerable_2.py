"""feedparser digest: new entries from the team's followed feeds."""
import feedparser

from digest.state import load_seen, save_seen


class Digest:
    def __init__(self, feeds):
        self.feeds = feeds
        self.seen = list(load_seen())

    def fresh_entries(self):
        fresh = []
        for url in self.feeds:
            for entry in feedparser.parse(url).entries:
                if entry.get("id", entry.link) in self.seen:  # expect: membership-in-list-loop
                    continue
                fresh.append(entry)
                self.seen.append(entry.get("id", entry.link))
        save_seen(self.seen)
        return fresh
