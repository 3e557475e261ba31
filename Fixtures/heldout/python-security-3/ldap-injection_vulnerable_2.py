import os

import ldap
from django.contrib.auth import get_user_model

LDAP_URI = os.environ.get("LDAP_URI", "ldaps://ldap.corp.example")
SEARCH_BASE = "dc=corp,dc=example"


class DirectoryBackend:
    """Authenticates against the corporate directory and mirrors the account locally."""

    def user_filter(self, username):
        clauses = ["(objectClass=user)", "(!(userAccountControl:1.2.840.113556.1.4.803:=2))"]
        clauses.append("(sAMAccountName={})".format(username))
        return "(&" + "".join(clauses) + ")"

    def authenticate(self, request, username=None, password=None):
        conn = ldap.initialize(LDAP_URI)
        conn.simple_bind_s(os.environ["LDAP_SERVICE_DN"], os.environ["LDAP_SERVICE_PASSWORD"])
        results = conn.search_s(SEARCH_BASE, ldap.SCOPE_SUBTREE, self.user_filter(username), ["mail"])  # expect: ldap-injection
        if len(results) != 1:
            return None
        dn, attrs = results[0]
        try:
            conn.simple_bind_s(dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        mail = attrs.get("mail", [b""])[0].decode()
        user, _ = get_user_model().objects.get_or_create(username=username, defaults={"email": mail})
        return user

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
