import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
PEOPLE = "ou=people,dc=example,dc=org"


def directory():
    return Connection(Server(os.environ["LDAP_URL"]), auto_bind=True)


@app.get("/people/by-team")
def by_team():
    team = request.args.get("team", "")
    conn = directory()
    conn.search(  # expect: ldap-injection
        PEOPLE,
        "(&(objectClass=person)(ou=" + team + "))",
        attributes=["cn", "mail"],
    )
    return jsonify([entry.entry_to_json() for entry in conn.entries])
