"""Tornado handlers for a small URL shortener backed by Redis."""
import secrets

import tornado.web
from redis.asyncio import Redis

store = Redis()


class ShortenHandler(tornado.web.RequestHandler):
    async def post(self):
        target = self.get_body_argument("url")
        code = secrets.token_urlsafe(5)
        await store.set(f"short:{code}", target, ex=EXPIRY_SECONDS)  # expect: undefined-name
        self.write({"code": code})


class RedirectHandler(tornado.web.RequestHandler):
    async def get(self, code):
        target = await store.get(f"short:{code}")
        if target is None:
            raise tornado.web.HTTPError(404)
        await store.incr(f"hits:{code}")
        self.redirect(traget.decode())  # expect: undefined-name


def make_app():
    return tornado.web.Application([(r"/shorten", ShortenHandler), (r"/(\w+)", RedirectHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
