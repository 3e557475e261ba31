"""CherryPy staff directory backed by bonsai (async LDAP)."""
import os

import bonsai
import cherrypy

BASE_DN = "ou=staff,dc=example,dc=org"


def _name_filter(name, department):
    clauses = ["(objectClass=inetOrgPerson)", "(cn=" + name + "*)"]
    if department:
        clauses.append("(departmentNumber=%s)" % department)
    return "(&" + "".join(clauses) + ")"


class Directory:
    def __init__(self):
        self.client = bonsai.LDAPClient(os.environ["LDAP_URL"])
        self.client.set_credentials("SIMPLE", user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"])

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def search(self, name="", department=""):
        flt = _name_filter(name, department)
        with self.client.connect() as conn:
            entries = conn.search(BASE_DN, bonsai.LDAPSearchScope.SUBTREE, flt, attrlist=["cn", "mail"])  # expect: ldap-injection
        return [{"cn": str(e["cn"][0]), "mail": str(e["mail"][0])} for e in entries]
