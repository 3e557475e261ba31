import ldap
from flask import Flask, request
from ldap3 import Connection, Server, SUBTREE

app = Flask(__name__)
server = Server("ldap://directory.internal")


@app.route("/people")
def people():
    name = request.args["name"]
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(cn={name}))",  # expect: ldap-injection
                search_scope=SUBTREE, attributes=["mail"])
    return {"people": [e.entry_to_json() for e in conn.entries]}


@app.route("/groups")
def groups():
    member = request.args.get("member")
    query = "(member=uid=" + member + ",ou=people,dc=corp,dc=example)"
    l = ldap.initialize("ldap://directory.internal")
    return {"groups": l.search_s("ou=groups,dc=corp,dc=example", ldap.SCOPE_SUBTREE, query)}  # expect: ldap-injection


def check_login(conn, username):
    return conn.search(search_base="dc=corp,dc=example", search_filter="(uid=%s)" % username)  # expect: ldap-injection


@app.route("/login", methods=["POST"])
def login():
    conn = Connection(server, auto_bind=True)
    return {"ok": check_login(conn, request.form["username"])}
