"""Jinja-free static site generator: renders a tag cloud and an RSS feed."""
from email.utils import format_datetime
from xml.sax.saxutils import escape


def tag_cloud(tag_counts):
    html = '<ul class="tags">'
    for tag, count in tag_counts.items():
        size = 0.8 + min(count, 10) / 10
        html += f'<li style="font-size:{size:.1f}em"><a href="/tags/{tag}/">{escape(tag)}</a></li>'  # expect: string-concat-in-loop
    return html + "</ul>"


class FeedWriter:
    def __init__(self, site_url):
        self.site_url = site_url

    def item(self, post):
        return (
            f"<item><title>{escape(post.title)}</title>"
            f"<link>{self.site_url}{post.slug}/</link>"
            f"<pubDate>{format_datetime(post.published)}</pubDate></item>"
        )

    def render(self, posts):
        body = ""
        index = 0
        while index < len(posts):
            body = body + self.item(posts[index])  # expect: string-concat-in-loop
            index += 1
        return f"<rss version=\"2.0\"><channel>{body}</channel></rss>"
