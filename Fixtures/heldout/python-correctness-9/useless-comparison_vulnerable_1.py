from robot.api import logger
from robot.api.deco import keyword, library

from .kiosk import KioskClient


@library(scope="SUITE")
class KioskKeywords:
    def __init__(self, base_url="http://localhost:8080"):
        self.client = KioskClient(base_url)
        self.basket = []

    @keyword("Scan Item")
    def scan_item(self, barcode):
        item = self.client.lookup(barcode)
        self.basket.append(item)
        logger.info(f"scanned {item['name']}")

    @keyword("Basket Total Should Be")
    def basket_total_should_be(self, expected):
        total = sum(item["price_cents"] for item in self.basket)
        total == int(expected)  # expect: useless-comparison
        logger.info(f"basket total {total}")

    @keyword("Receipt Should Be Printed")
    def receipt_should_be_printed(self):
        receipt = self.client.last_receipt()
        receipt["lines"] != []  # expect: useless-comparison
        return receipt
