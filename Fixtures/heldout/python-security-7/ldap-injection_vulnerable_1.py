"""Pyro5 directory service used by the phone-book kiosks."""
import os

import ldap
import Pyro5.api

BASE = "ou=people,dc=example,dc=org"


class PhoneQuery:
    def __init__(self, surname, site):
        self.surname = surname
        self.site = site

    def filter(self):
        parts = ["(objectClass=person)", "(sn=" + self.surname + "*)"]
        if self.site:
            parts.append("(l=%s)" % self.site)
        return "(&" + "".join(parts) + ")"


@Pyro5.api.expose
class Directory:
    def __init__(self):
        self.conn = ldap.initialize(os.environ["LDAP_URI"])
        self.conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])

    def lookup(self, surname, site=None):
        query = PhoneQuery(surname, site)
        results = self.conn.search_s(BASE, ldap.SCOPE_SUBTREE, query.filter(), ["cn", "telephoneNumber"])  # expect: ldap-injection
        return [(attrs["cn"][0].decode(), attrs.get("telephoneNumber", [b""])[0].decode()) for _, attrs in results]
