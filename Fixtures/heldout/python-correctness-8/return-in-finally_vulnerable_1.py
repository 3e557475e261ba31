"""Request/reply client for the label printer daemon (pyzmq)."""
import json

import zmq

ENDPOINT = "tcp://printers.local:5571"


def print_label(payload: dict, timeout_ms: int = 3000) -> dict:
    context = zmq.Context.instance()
    sock = context.socket(zmq.REQ)
    sock.setsockopt(zmq.RCVTIMEO, timeout_ms)
    sock.connect(ENDPOINT)
    reply = {"ok": False}
    try:
        sock.send_string(json.dumps(payload))
        reply = json.loads(sock.recv_string())
    finally:
        sock.close(linger=0)
        return reply  # expect: return-in-finally


if __name__ == "__main__":
    print(print_label({"template": "shelf", "sku": "SKU-1001", "copies": 2}))
