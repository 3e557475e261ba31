"""MkDocs plugin that inlines snippet files referenced from page front matter."""
import os

from mkdocs.plugins import BasePlugin
from mkdocs.config import config_options


class SnippetPlugin(BasePlugin):
    config_scheme = (("snippets_dir", config_options.Type(str, default="snippets")),)

    def _snippet_path(self, docs_dir, name):
        root = os.path.realpath(os.path.join(docs_dir, self.config["snippets_dir"]))
        candidate = os.path.realpath(os.path.join(root, name))
        if os.path.commonpath([root, candidate]) != root:
            raise ValueError(f"snippet outside {root}")
        return candidate

    def on_page_markdown(self, markdown, page, config, files):
        names = page.meta.get("snippets", [])
        blocks = []
        for name in names:
            with open(self._snippet_path(config["docs_dir"], name), encoding="utf-8") as handle:
                blocks.append(handle.read())
        return markdown + "\n\n" + "\n\n".join(blocks)
