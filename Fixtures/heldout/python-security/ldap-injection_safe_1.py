"""Directory lookups for the intranet phone book (ldap3)."""
import os

from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE_DN = "ou=people,dc=corp,dc=example"
DEPARTMENTS = {"sales", "engineering", "finance", "support"}


def directory():
    server = Server(os.environ["LDAP_URL"], get_info=ALL)
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)


@app.get("/phonebook")
def phonebook():
    name = escape_filter_chars(request.args.get("name", ""))
    dept = request.args.get("dept")
    search_filter = f"(&(objectClass=person)(cn=*{name}*)"
    if dept in DEPARTMENTS:
        search_filter += "(department=" + dept + ")"
    search_filter += ")"
    conn = directory()
    conn.search(BASE_DN, search_filter, attributes=["cn", "telephoneNumber"])
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])


@app.post("/login")
def login():
    uid = escape_filter_chars(request.form["uid"])
    conn = directory()
    conn.search(BASE_DN, "(uid=%s)" % uid, attributes=["dn"])
    if not conn.entries:
        return jsonify(ok=False), 401
    user_dn = conn.entries[0].entry_dn
    ok = Connection(conn.server, user_dn, request.form["password"]).bind()
    return jsonify(ok=ok)
