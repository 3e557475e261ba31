"""Beanie job that expires stale carts and notifies their owners."""
import asyncio
import datetime

from beanie import Document
from beanie.operators import Set

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
        query = Cart.find(Cart.updated_at < cutoff, Cart.expired == False)
        stale = await query.to_list()
        await query.update(Set({Cart.expired: True}))
        await asyncio.gather(*(send_cart_expired(cart.owner_email) for cart in stale))
        return len(stale)
