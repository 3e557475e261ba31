"""Scrapy spider for a record shop's vinyl listings."""
import scrapy


def parse_price(text):
    try:
        return float(text.replace("€", "").replace(",", ".").strip())
    except (ValueError, AttributeError):
        return None


class VinylSpider(scrapy.Spider):
    name = "vinyl"
    start_urls = ["https://plattenladen.example/neu"]

    def parse(self, response):
        for card in response.css("li.record"):
            yield {
                "artist": card.css(".artist::text").get(default="").strip(),
                "price": parse_price(card.css(".price::text").get(default="")),
            }
        next_page = response.css("a[rel=next]::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)
