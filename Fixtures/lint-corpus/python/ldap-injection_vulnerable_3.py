import os

import ldap
from django.http import JsonResponse

BASE = "ou=staff,dc=example,dc=org"


class LdapBackend:
    def account_filter(self, login):
        parts = ["(objectClass=person)"]
        parts.append("(uid=%s)" % login)
        return "(&" + "".join(parts) + ")"

    def authenticate(self, request, username=None, password=None):
        conn = ldap.initialize(os.environ["LDAP_URL"])
        found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, self.account_filter(username))  # expect: ldap-injection
        if len(found) != 1:
            return None
        conn.simple_bind_s(found[0][0], password)
        return found[0][0]


def phone_of(request, login):
    conn = ldap.initialize(os.environ["LDAP_URL"])
    rows = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + login + ")", ["telephoneNumber"])  # expect: ldap-injection
    return JsonResponse({"phone": rows[0][1]["telephoneNumber"][0].decode() if rows else None})
