"""Pelican plugin: turn issue references into links."""
import re

from pelican import signals

TRACKER = "https://tracker.example.org/issues/"


def link_issues(generator):
    for article in generator.articles:
        issue_ref = re.compile(r"\bGH-(\d+)\b")  # expect: regex-compile-in-loop
        article._content = issue_ref.sub(
            lambda m: f'<a href="{TRACKER}{m.group(1)}">GH-{m.group(1)}</a>', article._content
        )


def count_links(generator):
    total = sum(article._content.count("tracker.example.org") for article in generator.articles)
    print(f"{total} issue links")


def register():
    signals.article_generator_finalized.connect(link_issues)
    signals.article_generator_finalized.connect(count_links)
