"""Tortoise ORM job: archive stale carts and e-mail their owners."""
from tortoise import Tortoise

from shop.mailer import send_reminder
from shop.models import Cart


class CartArchiver:
    def __init__(self, cutoff):
        self.cutoff = cutoff
        self.archived = 0

    async def archive_one(self, cart):
        cart.archived = True
        await cart.save(update_fields=["archived"])
        self.archived += 1

    async def run(self, owners):
        for owner in owners:
            cart = owners[owner]
            await self.archive_one(cart)  # expect: await-in-loop
            await send_reminder(owner, cart.total)  # expect: await-in-loop
        return self.archived


async def archive_stale(cutoff):
    await Tortoise.init(config_file="tortoise.json")
    stale = await Cart.filter(updated_at__lt=cutoff, archived=False).prefetch_related("owner")
    by_owner = {cart.owner.email: cart for cart in stale}
    count = await CartArchiver(cutoff).run(by_owner)
    await Tortoise.close_connections()
    return count
