"""Pelican plugin: turn issue references into links."""
import re

from pelican import signals

TRACKER = "https://tracker.example.org/issues/"
ISSUE_REF = re.compile(r"\bGH-(\d+)\b")


def link_issues(generator):
    for article in generator.articles:
        article._content = ISSUE_REF.sub(
            lambda m: f'<a href="{TRACKER}{m.group(1)}">GH-{m.group(1)}</a>', article._content
        )


def highlight_keywords(generator):
    for article in generator.articles:
        for keyword in article.metadata.get("keywords", []):
            pattern = re.compile(rf"\b{re.escape(keyword)}\b")
            article._content = pattern.sub(f"<mark>{keyword}</mark>", article._content, count=1)


def register():
    signals.article_generator_finalized.connect(link_issues)
    signals.article_generator_finalized.connect(highlight_keywords)
