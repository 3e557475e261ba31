import os
import re

import ldap
from ldap.filter import filter_format

LDAP_URI = os.environ.get("LDAP_URI", "ldaps://ldap.corp.example")
SEARCH_BASE = "dc=corp,dc=example"
ACCOUNT = re.compile(r"[a-z][a-z0-9._-]{1,31}")


class DirectoryBackend:
    def user_filter(self, username):
        return filter_format("(&(objectClass=user)(sAMAccountName=%s))", [username])

    def groups_of(self, username):
        if not ACCOUNT.fullmatch(username or ""):
            return []
        conn = ldap.initialize(LDAP_URI)
        conn.simple_bind_s(os.environ["LDAP_SERVICE_DN"], os.environ["LDAP_SERVICE_PASSWORD"])
        results = conn.search_s(SEARCH_BASE, ldap.SCOPE_SUBTREE, self.user_filter(username), ["memberOf"])
        conn.unbind_s()
        if len(results) != 1:
            return []
        return [g.decode() for g in results[0][1].get("memberOf", [])]
