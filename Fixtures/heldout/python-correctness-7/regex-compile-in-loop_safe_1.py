"""BeautifulSoup scraper that pulls prices out of supplier catalogue pages."""
import re

from bs4 import BeautifulSoup

PRICE_RE = re.compile(r"(\d+)[.,](\d{2})\s*EUR")


def prices(pages):
    found = {}
    for html in pages:
        soup = BeautifulSoup(html, "html.parser")
        for cell in soup.select("td.price"):
            match = PRICE_RE.search(cell.get_text())
            if match:
                sku = cell.find_previous("td", class_="sku").get_text(strip=True)
                found[sku] = int(match.group(1)) + int(match.group(2)) / 100
    return found
