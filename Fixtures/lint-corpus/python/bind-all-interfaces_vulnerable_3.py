import socket

import uvicorn
from fastapi import FastAPI

api = FastAPI()


def serve_metrics():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("0.0.0.0", 9100))  # expect: bind-all-interfaces
    sock.listen()
    return sock


if __name__ == "__main__":
    uvicorn.run(api, host="0.0.0.0", port=8080)  # expect: bind-all-interfaces
