"""web.py handlers of the coupon service."""
import logging
import re

import web

from .coupons import redeem

log = logging.getLogger("coupons")
CODE = re.compile(r"[A-Z0-9]{6,12}")
STORES = {"lisbon", "porto", "faro"}

urls = ("/redeem", "Redeem")
app = web.application(urls, globals())


class Redeem:
    def POST(self):
        form = web.input(code="", store="")
        if not CODE.fullmatch(form.code) or form.store not in STORES:
            log.warning("malformed redeem request rejected")
            raise web.badrequest()
        log.info("redeem attempt code=%s store=%s", form.code, form.store)
        if not redeem(form.code):
            raise web.forbidden()
        return "ok"
