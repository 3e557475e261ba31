"""Pyro5 directory service used by the phone-book kiosks; filter values escaped."""
import os

import ldap
import Pyro5.api
from ldap.filter import escape_filter_chars

BASE = "ou=people,dc=example,dc=org"
SITES = {"berlin", "lyon", "porto"}


class PhoneQuery:
    def __init__(self, surname, site):
        self.surname = escape_filter_chars(surname)
        self.site = site if site in SITES else None

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
        results = self.conn.search_s(BASE, ldap.SCOPE_SUBTREE, query.filter(), ["cn", "telephoneNumber"])
        return [(attrs["cn"][0].decode(), attrs.get("telephoneNumber", [b""])[0].decode()) for _, attrs in results]
