# directory/views.py -- staff lookup backed by the corporate OpenLDAP
import os

import ldap
from django.http import JsonResponse

BASE_DN = "ou=people,dc=corp,dc=example"


def _connect():
    conn = ldap.initialize(os.environ["LDAP_URI"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])
    return conn


def staff_search(request):
    name = request.GET.get("name", "")
    dept = request.GET.get("department")
    flt = "(&(objectClass=inetOrgPerson)(cn=*%s*)" % name
    if dept:
        flt += "(departmentNumber=" + dept + ")"
    flt += ")"
    conn = _connect()
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])  # expect: ldap-injection
    people = [{"cn": a["cn"][0].decode(), "mail": a["mail"][0].decode()} for _, a in results]
    return JsonResponse({"people": people})


def manager_of(request, uid):
    conn = _connect()
    msgid = conn.search(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={uid})", ["manager"])  # expect: ldap-injection
    _, data = conn.result(msgid)
    return JsonResponse({"manager": data[0][1].get("manager", [b""])[0].decode() if data else None})
