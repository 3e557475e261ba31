"""Nameko RPC service answering "who owns this badge" for the door controllers."""
import os

import ldap
from ldap.filter import escape_filter_chars
from nameko.rpc import rpc

BASE_DN = "ou=people,dc=corp,dc=example"
SITES = {"ber", "lis", "nyc"}


class BadgeDirectory:
    name = "badges"

    def _connect(self):
        conn = ldap.initialize(os.environ["LDAP_URI"])
        conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])
        return conn

    @rpc
    def owner(self, badge, site):
        if not str(badge).isdigit() or site not in SITES:
            return []
        query = "(&(objectClass=person)(badgeNumber=%s)(l=%s))" % (badge, escape_filter_chars(site))
        conn = self._connect()
        try:
            entries = conn.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])
        finally:
            conn.unbind_s()
        return [dn for dn, _attrs in entries]
