import re

from mkdocs.plugins import BasePlugin

ADMONITION = re.compile(r"^!!! (note|warning) ", re.MULTILINE)


class CalloutPlugin(BasePlugin):
    def __init__(self):
        super().__init__()
        self._style = "plain"

    @property
    def style(self):
        return self._style

    @style.setter
    def style(self, value):
        self._style = value

    def on_page_markdown(self, markdown, page, config, files):
        return ADMONITION.sub(lambda m: f'<div class="callout {m.group(1)} {self.style}">', markdown)


def render(markdown):
    return markdown.strip()


plain_render = render


def render(markdown):
    return plain_render(markdown).replace("\r\n", "\n")
