"""attrs models for an inventory service."""
import attrs


@attrs.define
class Product:
    sku: str
    price_cents: int
    stock: int = 0

    def restock(quantity: int) -> int:  # expect: missing-self
        return max(quantity, 0)

    def price(self) -> float:
        return self.price_cents / 100


@attrs.define
class Warehouse:
    code: str
    products: dict[str, Product] = attrs.field(factory=dict)

    def add(self, product: Product) -> None:
        self.products[product.sku] = product

    def low_stock(threshold=5):  # expect: missing-self
        return [p for p in Warehouse.products.values() if p.stock < threshold]
