"""Sphinx extension that links ticket numbers in the changelog."""
import re

from docutils import nodes

TICKET = re.compile(r"#(\d{3,6})")


def link_tickets(app, doctree):
    base = app.config.tracker_url
    for paragraph in doctree.traverse(nodes.paragraph):
        text = paragraph.astext()
        if not TICKET.search(text):
            continue
        paragraph.replace_self(nodes.paragraph(text=TICKET.sub(lambda m: f"{base}/{m.group(1)}", text)))


def highlight_names(doctree, names):
    for name in names:
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        for paragraph in doctree.traverse(nodes.paragraph):
            if pattern.search(paragraph.astext()):
                paragraph["classes"].append("mentions-" + name.lower())


def setup(app):
    app.add_config_value("tracker_url", "https://tracker.example/issue", "env")
    app.connect("doctree-read", link_tickets)
    return {"parallel_read_safe": True}
