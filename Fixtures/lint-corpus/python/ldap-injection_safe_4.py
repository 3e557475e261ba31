import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
PEOPLE = "ou=people,dc=example,dc=org"


def directory():
    return Connection(Server(os.environ["LDAP_URL"]), auto_bind=True)


@app.get("/people/by-team")
def by_team():
    team = escape_filter_chars(request.args.get("team", ""))
    conn = directory()
    conn.search(  # one entry per member
        PEOPLE,
        "(&(objectClass=person)(ou=" + team + "))",
        attributes=["cn", "mail"],
    )
    return jsonify([entry.entry_to_json() for entry in conn.entries])
