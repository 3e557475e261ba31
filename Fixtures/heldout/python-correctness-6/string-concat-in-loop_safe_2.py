"""Weekly digest e-mail body built from feed entries."""
import datetime


class DigestMail:
    def __init__(self, entries):
        self.entries = entries

    def body(self):
        lines = [f"Digest for week {datetime.date.today():%G-W%V}", ""]
        by_feed = {}
        for entry in self.entries:
            by_feed.setdefault(entry.feed_title, []).append(entry)
        total = 0
        for feed, items in by_feed.items():
            lines.append(f"== {feed} ==")
            lines.extend(f"- {item.title}\n  {item.link}" for item in items)
            total += len(items)
        footer = "\n"
        footer += f"{total} new entries"
        return "\n".join(lines) + footer
