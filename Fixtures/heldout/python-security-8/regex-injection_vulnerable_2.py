"""Scrapy pipeline dropping items that match a site's stored exclusion rules."""
import re

from scrapy.exceptions import DropItem

from .settings_store import exclusions_for, keywords_for


class ExclusionPipeline:
    def open_spider(self, spider):
        self.rules = exclusions_for(spider.name)

    def process_item(self, item, spider):
        title = item.get("title", "")
        for rule in self.rules:
            if re.match(rule.pattern, title):  # expect: regex-injection
                raise DropItem(f"excluded by rule {rule.id}")
        return item


class KeywordTagger:
    def open_spider(self, spider):
        self.keywords = [row.word for row in keywords_for(spider.name)]

    def process_item(self, item, spider):
        body = item.get("body", "")
        item["tags"] = [word for word in self.keywords if re.search(r"\b" + word + r"\b", body)]  # expect: regex-injection
        return item
