import os
import socket

import uvicorn


def serve_metrics():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 9100))
    sock.listen()
    return sock


if __name__ == "__main__":
    uvicorn.run("app:api", host=os.environ.get("HOST", "127.0.0.1"), port=8080)
