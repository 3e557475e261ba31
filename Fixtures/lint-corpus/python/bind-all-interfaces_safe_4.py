from http.server import HTTPServer, SimpleHTTPRequestHandler

DEFAULT_ROUTE = "0.0.0.0/0"
WILDCARDS = ("0.0.0.0", "::")


def is_wildcard(address):
    return address in WILDCARDS


def serve():
    HTTPServer(("localhost", 8000), SimpleHTTPRequestHandler).serve_forever()
