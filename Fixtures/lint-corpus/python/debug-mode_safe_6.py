import logging
import os

import tornado.web
from werkzeug.serving import run_simple

from .handlers import routes
from .wsgi import application

logging.basicConfig(level=logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO)


def make_app(debug=False):
    return tornado.web.Application(routes, debug=debug)


def serve():
    run_simple("127.0.0.1", 5000, application, use_reloader=True)
