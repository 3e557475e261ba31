"""web.py handlers of the coupon service."""
import logging

import web

from .coupons import redeem

log = logging.getLogger("coupons")

urls = ("/redeem", "Redeem")
app = web.application(urls, globals())


def _describe(code, store):
    return "redeem attempt code=" + code + " store=" + store


class Redeem:
    def POST(self):
        form = web.input(code="", store="")
        client = web.ctx.env.get("HTTP_X_CLIENT", "unknown")
        log.info(_describe(form.code, form.store))  # expect: log-injection
        if not redeem(form.code):
            log.warning("rejected coupon %s from client %s", form.code, client)  # expect: log-injection
            raise web.forbidden()
        return "ok"
