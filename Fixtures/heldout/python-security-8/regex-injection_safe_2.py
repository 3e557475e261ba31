"""Scrapy pipeline dropping items that match a site's stored exclusion rules."""
import re

from scrapy.exceptions import DropItem

from .settings_store import exclusions_for, keywords_for


class ExclusionPipeline:
    def open_spider(self, spider):
        self.prefixes = [rule.prefix.lower() for rule in exclusions_for(spider.name)]

    def process_item(self, item, spider):
        title = item.get("title", "").lower()
        for prefix in self.prefixes:
            if title.startswith(prefix):
                raise DropItem(f"excluded by prefix {prefix!r}")
        return item


class KeywordTagger:
    def open_spider(self, spider):
        self.keywords = [row.word for row in keywords_for(spider.name)]

    def process_item(self, item, spider):
        body = item.get("body", "")
        item["tags"] = [word for word in self.keywords if re.search(r"\b" + re.escape(word) + r"\b", body)]
        return item
