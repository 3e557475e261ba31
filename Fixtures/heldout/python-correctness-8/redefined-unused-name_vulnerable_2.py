import re

from mkdocs.plugins import BasePlugin

ADMONITION = re.compile(r"^!!! (note|warning) ", re.MULTILINE)


class CalloutPlugin(BasePlugin):
    def on_config(self, config):
        self.count = 0
        return config

    def on_page_markdown(self, markdown, page, config, files):
        self.count += len(ADMONITION.findall(markdown))
        return markdown

    def on_page_markdown(self, markdown, page, config, files):  # expect: redefined-unused-name
        converted = ADMONITION.sub(lambda m: f'<div class="callout {m.group(1)}">', markdown)
        return converted

    def on_post_build(self, config):
        print(f"{self.count} callouts rendered")
