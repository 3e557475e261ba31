import os

from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server(os.environ["LDAP_URL"], get_info=ALL, use_ssl=True)
BASE_DN = "ou=people,dc=example,dc=org"


def bind():
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)


@app.get("/people")
def find_people():
    mail = request.args.get("mail", "")
    dept = request.args.get("dept")
    flt = f"(&(objectClass=inetOrgPerson)(mail={mail})"
    if dept:
        flt += "(departmentNumber=%s)" % dept
    flt += ")"
    conn = bind()
    conn.search(BASE_DN, flt, attributes=["cn", "mail", "telephoneNumber"])  # expect: ldap-injection
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])
