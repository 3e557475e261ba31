"""Quart directory lookup that escapes the user's input before building the filter."""
import os

from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from quart import Quart, jsonify, request

app = Quart(__name__)

BASE_DN = "ou=people,dc=corp,dc=example"


@app.get("/directory")
async def directory():
    name = request.args.get("name", "")
    city = request.args.get("city", "")
    clauses = ["(objectClass=inetOrgPerson)", "(cn=*" + escape_filter_chars(name) + "*)"]
    if city:
        clauses.append("(l=" + escape_filter_chars(city) + ")")
    flt = "(&" + "".join(clauses) + ")"
    server = Server(os.environ["LDAP_URL"], use_ssl=True)
    with Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True) as conn:
        conn.search(BASE_DN, flt, SUBTREE, attributes=["cn", "mail", "l"], size_limit=50)
        return jsonify([e.entry_attributes_as_dict for e in conn.entries])
