"""Phone book lookups against the directory, values escaped."""
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, jsonify, request

app = Flask(__name__)
PEOPLE = "ou=people,dc=example,dc=org"


@app.get("/phonebook")
def phonebook():
    conn = ldap.initialize("ldap://ldap.example.org")
    surname = escape_filter_chars(request.args.get("surname", ""))
    msgid = conn.search(PEOPLE, ldap.SCOPE_ONELEVEL, "(sn=" + surname + ")", ["cn"])
    _, entries = conn.result(msgid)
    return jsonify([dn for dn, _ in entries])
