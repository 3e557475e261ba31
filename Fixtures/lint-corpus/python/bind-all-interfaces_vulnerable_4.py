import socket
from http.server import HTTPServer, SimpleHTTPRequestHandler

from aiohttp import web


def serve_files():
    httpd = HTTPServer(("", 8000), SimpleHTTPRequestHandler)  # expect: bind-all-interfaces
    httpd.serve_forever()


def serve_app(app):
    web.run_app(app, host="0.0.0.0", port=8081)  # expect: bind-all-interfaces


def discovery_socket():
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.bind(("::", 5353))  # expect: bind-all-interfaces
    return sock
