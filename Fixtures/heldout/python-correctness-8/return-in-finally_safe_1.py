"""Request/reply client for the label printer daemon (pyzmq)."""
import json

import zmq

ENDPOINT = "tcp://printers.local:5571"


def print_label(payload: dict, timeout_ms: int = 3000) -> dict:
    context = zmq.Context.instance()
    sock = context.socket(zmq.REQ)
    sock.setsockopt(zmq.RCVTIMEO, timeout_ms)
    sock.connect(ENDPOINT)
    try:
        sock.send_string(json.dumps(payload))
        reply = json.loads(sock.recv_string())
    except zmq.Again:
        reply = {"ok": False, "error": "timeout"}
    finally:
        sock.close(linger=0)
    return reply
