"""Piccolo ORM job that expires stale loyalty vouchers in one update."""
import asyncio
import datetime

from piccolo.columns import Boolean, Timestamp, Varchar
from piccolo.table import Table

from .notify import send_voucher_expired


class Voucher(Table):
    code = Varchar(length=16)
    owner_email = Varchar()
    expires_at = Timestamp()
    active = Boolean(default=True)


class VoucherJanitor:
    async def run(self):
        now = datetime.datetime.now(datetime.timezone.utc)
        stale = await Voucher.select().where((Voucher.expires_at < now) & (Voucher.active.eq(True)))
        ids = [voucher["id"] for voucher in stale]
        if ids:
            await Voucher.update({Voucher.active: False}).where(Voucher.id.is_in(ids))
        await asyncio.gather(*(send_voucher_expired(v["owner_email"], v["code"]) for v in stale))
        return len(stale)
