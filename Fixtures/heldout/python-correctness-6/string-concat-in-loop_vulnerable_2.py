"""Weekly digest e-mail body built from feed entries."""
import datetime


class DigestMail:
    def __init__(self, entries):
        self.entries = entries

    def body(self):
        text = f"Digest for week {datetime.date.today():%G-W%V}\n\n"
        by_feed = {}
        for entry in self.entries:
            by_feed.setdefault(entry.feed_title, []).append(entry)
        for feed, items in by_feed.items():
            text += f"== {feed} ==\n"  # expect: string-concat-in-loop
            for item in items:
                text += f"- {item.title}\n  {item.link}\n"  # expect: string-concat-in-loop
        return text
