"""A tiny chat server for the class project."""
import socket
import threading

import uvicorn

PORT = 9000


def handle(conn):
    with conn:
        for line in conn.makefile():
            conn.sendall(line.upper().encode())


def serve():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("0.0.0.0", PORT))  # expect: bind-all-interfaces
    server.listen()
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def serve_udp():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("", 9001))  # expect: bind-all-interfaces
    return sock


def serve_api(app):
    uvicorn.run(app, host="0.0.0.0", port=8000)  # expect: bind-all-interfaces
