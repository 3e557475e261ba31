"""Tortoise ORM job: archive stale carts, then e-mail their owners in one batch."""
import asyncio

from tortoise import Tortoise

from shop.mailer import send_reminder
from shop.models import Cart


async def archive_stale(cutoff):
    await Tortoise.init(config_file="tortoise.json")
    stale = await Cart.filter(updated_at__lt=cutoff, archived=False).prefetch_related("owner")
    ids = [cart.pk for cart in stale]
    count = await Cart.filter(pk__in=ids).update(archived=True)
    await asyncio.gather(*(send_reminder(cart.owner.email, cart.total) for cart in stale))
    await Tortoise.close_connections()
    return count


async def drain(queue):
    handled = 0
    while True:
        cart_id = await queue.get()
        if cart_id is None:
            return handled
        handled += 1
        queue.task_done()
