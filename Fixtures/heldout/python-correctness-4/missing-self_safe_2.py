"""attrs models for an inventory service."""
import attrs


@attrs.define
class Product:
    sku: str
    price_cents: int
    stock: int = 0

    def restock(self, quantity: int) -> None:
        self.stock += max(quantity, 0)

    @staticmethod
    def parse_sku(raw: str) -> str:
        return raw.strip().upper()


class Money(int):
    def __new__(cls, cents: int):
        return super().__new__(cls, cents)

    def euros(this) -> float:
        return this / 100
