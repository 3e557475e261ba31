"""Static site generator: renders a tag cloud and an RSS feed."""
import io
from email.utils import format_datetime
from xml.sax.saxutils import escape


def tag_cloud(tag_counts):
    items = []
    for tag, count in tag_counts.items():
        size = 0.8 + min(count, 10) / 10
        items.append(f'<li style="font-size:{size:.1f}em"><a href="/tags/{tag}/">{escape(tag)}</a></li>')
    return '<ul class="tags">' + "".join(items) + "</ul>"


class FeedWriter:
    def __init__(self, site_url):
        self.site_url = site_url

    def render(self, posts):
        out = io.StringIO()
        total_words = 0
        for post in posts:
            out.write(f"<item><title>{escape(post.title)}</title>")
            out.write(f"<pubDate>{format_datetime(post.published)}</pubDate></item>")
            total_words += post.word_count
        header = "<rss version=\"2.0\"><channel>"
        header += f"<!-- {total_words} words -->"
        return header + out.getvalue() + "</channel></rss>"
