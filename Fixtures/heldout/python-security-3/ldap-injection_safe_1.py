import os

from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server(os.environ["LDAP_URL"], get_info=ALL, use_ssl=True)
BASE_DN = "ou=people,dc=example,dc=org"


def bind():
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)


@app.get("/people")
def find_people():
    mail = escape_filter_chars(request.args.get("mail", ""))
    dept = request.args.get("dept")
    flt = f"(&(objectClass=inetOrgPerson)(mail={mail})"
    if dept:
        flt += "(departmentNumber=%s)" % escape_filter_chars(dept)
    flt += ")"
    conn = bind()
    conn.search(BASE_DN, flt, attributes=["cn", "mail", "telephoneNumber"])
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])
