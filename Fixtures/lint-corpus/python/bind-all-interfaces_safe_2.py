"""A tiny chat server for the class project."""
import socket

import uvicorn

LISTEN = ("127.0.0.1", 9000)
DOCS = "Set HOST=0.0.0.0 to accept connections from other machines."


def open_server():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(LISTEN)
    server.listen()
    return server


def serve_api(app):
    uvicorn.run(app, host="localhost", port=8000)
