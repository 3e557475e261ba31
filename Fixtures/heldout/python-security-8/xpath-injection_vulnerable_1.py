"""Scrapy spider that follows category links by a label passed on the command line."""
import scrapy


class CategorySpider(scrapy.Spider):
    name = "category"
    start_urls = ["https://shop.example.com/"]

    def __init__(self, label="", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label = label

    def parse(self, response):
        expression = "//nav//a[normalize-space(text())='%s']/@href" % self.label
        for href in response.xpath(expression).getall():  # expect: xpath-injection
            yield response.follow(href, callback=self.parse_listing)

    def parse_listing(self, response):
        for card in response.css("div.product"):
            yield {"title": card.css("h3::text").get(), "price": card.css(".price::text").get()}
