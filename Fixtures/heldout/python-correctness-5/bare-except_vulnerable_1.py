"""Scrapy spider for a second-hand bookshop catalogue."""
import scrapy


def parse_price(text):
    try:
        return float(text.replace("€", "").replace(",", ".").strip())
    except:  # expect: bare-except
        return None


class BookSpider(scrapy.Spider):
    name = "books"
    start_urls = ["https://antiquariat.example/catalogue?page=1"]

    def parse(self, response):
        for card in response.css("article.book"):
            yield {
                "title": card.css("h3::text").get(default="").strip(),
                "price": parse_price(card.css(".price::text").get(default="")),
                "isbn": self.isbn_from(card),
            }
        next_page = response.css("a.next::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)

    def isbn_from(self, card):
        try:
            raw = card.css("dd.isbn::text").get()
            return raw.replace("-", "")
        except:  # expect: bare-except
            self.logger.debug("no ISBN on card")
            return ""
