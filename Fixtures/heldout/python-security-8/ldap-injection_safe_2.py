"""ZeroMQ reply service answering group-membership questions for other services."""
import json
import os

import ldap
import zmq
from ldap.filter import filter_format

GROUPS_DN = "ou=groups,dc=corp,dc=example"


def member_filter(request):
    return filter_format(
        "(&(objectClass=groupOfNames)(cn=%s)(member=uid=%s,ou=people,dc=corp,dc=example))",
        [request["group"], request["uid"]],
    )


def is_member(conn, request):
    found = conn.search_st(GROUPS_DN, ldap.SCOPE_SUBTREE, member_filter(request), ["cn"], timeout=5)
    return bool(found)


def serve():
    conn = ldap.initialize(os.environ["LDAP_URI"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])
    socket = zmq.Context().socket(zmq.REP)
    socket.bind("tcp://*:5566")
    while True:
        request = json.loads(socket.recv())
        socket.send_json({"member": is_member(conn, request)})


if __name__ == "__main__":
    serve()
