"""Django class-based view: show a colleague's card from LDAP by account name."""
import os
import re

import ldap3
from django.http import Http404, JsonResponse
from django.views import View
from ldap3.utils.conv import escape_filter_chars

ACCOUNT = re.compile(r"[a-z][a-z0-9._-]{1,31}")
BASE_DN = "ou=people,dc=corp,dc=example"


class ColleagueCardView(View):
    def get(self, request, account):
        if not ACCOUNT.fullmatch(account):
            raise Http404("unknown account")
        flt = "(&(objectClass=person)(uid={}))".format(escape_filter_chars(account))
        server = ldap3.Server(os.environ["LDAP_URL"], use_ssl=True)
        conn = ldap3.Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)
        try:
            conn.search(BASE_DN, flt, attributes=["cn", "mail", "telephoneNumber"])
            if not conn.entries:
                raise Http404("unknown account")
            entry = conn.entries[0]
            return JsonResponse({"name": entry.cn.value, "mail": entry.mail.value})
        finally:
            conn.unbind()
