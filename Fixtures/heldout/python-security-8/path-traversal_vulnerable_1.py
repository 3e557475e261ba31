"""MkDocs plugin that inlines snippet files referenced from page front matter."""
import os

from mkdocs.plugins import BasePlugin
from mkdocs.config import config_options


class SnippetPlugin(BasePlugin):
    config_scheme = (("snippets_dir", config_options.Type(str, default="snippets")),)

    def _snippet_path(self, docs_dir, name):
        return os.path.join(docs_dir, self.config["snippets_dir"], name)

    def on_page_markdown(self, markdown, page, config, files):
        names = page.meta.get("snippets", [])
        blocks = []
        for name in names:
            with open(self._snippet_path(config["docs_dir"], name), encoding="utf-8") as handle:  # expect: path-traversal
                blocks.append(handle.read())
        return markdown + "\n\n" + "\n\n".join(blocks)
