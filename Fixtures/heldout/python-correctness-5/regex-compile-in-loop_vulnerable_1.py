"""Sphinx extension that links ticket numbers in the changelog."""
import re

from docutils import nodes


def link_tickets(app, doctree):
    base = app.config.tracker_url
    for paragraph in doctree.traverse(nodes.paragraph):
        ticket = re.compile(r"#(\d{3,6})")  # expect: regex-compile-in-loop
        text = paragraph.astext()
        if not ticket.search(text):
            continue
        paragraph.replace_self(nodes.paragraph(text=ticket.sub(lambda m: f"{base}/{m.group(1)}", text)))


def setup(app):
    app.add_config_value("tracker_url", "https://tracker.example/issue", "env")
    app.connect("doctree-read", link_tickets)
    return {"parallel_read_safe": True}
