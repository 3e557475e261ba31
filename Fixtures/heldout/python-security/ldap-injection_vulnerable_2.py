import ldap
from django.conf import settings
from django.http import JsonResponse


class GroupDirectory:
    def __init__(self):
        self.conn = ldap.initialize(settings.LDAP_URI)
        self.conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)

    def members(self, group):
        flt = "(&(objectClass=groupOfNames)(cn={}))".format(group)
        return self.conn.search_s(settings.LDAP_GROUP_BASE, ldap.SCOPE_SUBTREE, flt, ["member"])  # expect: ldap-injection

    def find_by_mail(self, mail):
        return self.conn.search_s(  # expect: ldap-injection
            settings.LDAP_USER_BASE, ldap.SCOPE_SUBTREE, "(mail=" + mail + ")", ["uid", "cn"]
        )


def group_members(request):
    directory = GroupDirectory()
    results = directory.members(request.GET["group"])
    return JsonResponse({"members": [m.decode() for _, attrs in results for m in attrs.get("member", [])]})


def whois(request):
    directory = GroupDirectory()
    results = directory.find_by_mail(request.GET.get("mail", ""))
    return JsonResponse({"found": len(results)})
