import tornado.web
from django.conf import settings
from werkzeug.serving import run_simple

from .handlers import routes
from .wsgi import application

settings.configure(DEBUG=True)  # expect: debug-mode


def make_app():
    return tornado.web.Application(routes, debug=True)  # expect: debug-mode


def serve():
    run_simple("127.0.0.1", 5000, application, use_debugger=True)  # expect: debug-mode
