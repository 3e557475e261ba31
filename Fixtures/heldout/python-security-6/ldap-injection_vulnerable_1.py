"""Nameko RPC service answering "who owns this badge" for the door controllers."""
import os

import ldap
from nameko.rpc import rpc

BASE_DN = "ou=people,dc=corp,dc=example"


class BadgeDirectory:
    name = "badges"

    def _connect(self):
        conn = ldap.initialize(os.environ["LDAP_URI"])
        conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])
        return conn

    @rpc
    def owner(self, badge, site):
        query = "(&(objectClass=person)(badgeNumber=%s)" % badge
        query += "(l=" + site + "))"
        conn = self._connect()
        try:
            entries = conn.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])  # expect: ldap-injection
        finally:
            conn.unbind_s()
        return [dn for dn, _attrs in entries]
