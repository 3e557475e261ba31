import re

import ldap
from ldap.filter import filter_format
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

GROUP_RE = re.compile(r"[a-z][a-z0-9_-]{1,63}")


class GroupDirectory:
    def __init__(self):
        self.conn = ldap.initialize(settings.LDAP_URI)
        self.conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)

    def members(self, group):
        flt = "(&(objectClass=groupOfNames)(cn={}))".format(group)
        return self.conn.search_s(settings.LDAP_GROUP_BASE, ldap.SCOPE_SUBTREE, flt, ["member"])

    def find_by_mail(self, mail):
        flt = filter_format("(mail=%s)", [mail])
        return self.conn.search_s(settings.LDAP_USER_BASE, ldap.SCOPE_SUBTREE, flt, ["uid", "cn"])


def group_members(request):
    group = request.GET.get("group", "")
    if not GROUP_RE.fullmatch(group):
        return HttpResponseBadRequest("bad group name")
    results = GroupDirectory().members(group)
    return JsonResponse({"members": [m.decode() for _, attrs in results for m in attrs.get("member", [])]})


def whois(request):
    results = GroupDirectory().find_by_mail(request.GET.get("mail", ""))
    return JsonResponse({"found": len(results)})
