"""Beanie job that expires stale carts and notifies their owners."""
import datetime

from beanie import Document

from shop.mail import send_cart_expired


class Cart(Document):
    owner_email: str
    updated_at: datetime.datetime
    expired: bool = False


class CartJanitor:
    def __init__(self, max_age_hours: int = 48):
        self.max_age = datetime.timedelta(hours=max_age_hours)

    async def run(self) -> int:
        cutoff = datetime.datetime.now(datetime.timezone.utc) - self.max_age
        stale = await Cart.find(Cart.updated_at < cutoff, Cart.expired == False).to_list()
        for cart in stale:
            cart.expired = True
            await cart.save()  # expect: await-in-loop
            await send_cart_expired(cart.owner_email)  # expect: await-in-loop
        return len(stale)
