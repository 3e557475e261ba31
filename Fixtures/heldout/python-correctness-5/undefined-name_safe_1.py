"""Tornado handlers for a small URL shortener backed by Redis."""
from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import tornado.web
from redis.asyncio import Redis

if TYPE_CHECKING:
    from tornado.web import Application

store = Redis()


class ShortenHandler(tornado.web.RequestHandler):
    async def post(self):
        target = self.get_body_argument("url")
        code = secrets.token_urlsafe(5)
        await store.set(f"short:{code}", target, ex=EXPIRY_SECONDS)
        self.write({"code": code})


class RedirectHandler(tornado.web.RequestHandler):
    async def get(self, code):
        if (target := await store.get(f"short:{code}")) is None:
            raise tornado.web.HTTPError(404)
        self.redirect(target.decode())


def make_app() -> Application:
    return tornado.web.Application([(r"/shorten", ShortenHandler), (r"/(\w+)", RedirectHandler)])


EXPIRY_SECONDS = 7 * 24 * 3600
