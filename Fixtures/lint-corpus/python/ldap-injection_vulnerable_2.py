"""Phone book lookups against the directory (python-ldap, asynchronous calls)."""
import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)
PEOPLE = "ou=people,dc=example,dc=org"


@app.get("/phonebook")
def phonebook():
    conn = ldap.initialize("ldap://ldap.example.org")
    surname = request.args.get("surname", "")
    msgid = conn.search(PEOPLE, ldap.SCOPE_ONELEVEL, "(sn=" + surname + ")", ["cn", "telephoneNumber"])  # expect: ldap-injection
    _, entries = conn.result(msgid)
    return jsonify([dn for dn, _ in entries])
