"""Piccolo ORM job that expires stale loyalty vouchers and notifies their owners."""
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
        for voucher in stale:
            await Voucher.update({Voucher.active: False}).where(Voucher.id == voucher["id"])  # expect: await-in-loop
            await send_voucher_expired(voucher["owner_email"], voucher["code"])  # expect: await-in-loop
        return len(stale)
