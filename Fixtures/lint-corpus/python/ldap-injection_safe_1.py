import ldap
import ldap.filter
from flask import Flask, request
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://directory.internal")


@app.route("/people")
def people():
    name = escape_filter_chars(request.args["name"])
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(cn={name}))",
                search_scope=SUBTREE, attributes=["mail"])
    return {"people": [e.entry_to_json() for e in conn.entries]}


@app.route("/groups")
def groups():
    query = ldap.filter.filter_format("(member=uid=%s,ou=people,dc=corp,dc=example)", [request.args.get("member")])
    l = ldap.initialize("ldap://directory.internal")
    return {"groups": l.search_s("ou=groups,dc=corp,dc=example", ldap.SCOPE_SUBTREE, query)}


@app.route("/employees")
def employees():
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", "(objectClass=person)", attributes=["cn"])
    return {"count": len(conn.entries)}
