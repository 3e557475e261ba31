# directory/views.py -- staff lookup, filter values escaped
import os

import ldap
from django.http import JsonResponse
from ldap.filter import escape_filter_chars, filter_format

BASE_DN = "ou=people,dc=corp,dc=example"


def _connect():
    conn = ldap.initialize(os.environ["LDAP_URI"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"])
    return conn


def staff_search(request):
    name = escape_filter_chars(request.GET.get("name", ""))
    dept = request.GET.get("department")
    flt = "(&(objectClass=inetOrgPerson)(cn=*%s*)" % name
    if dept:
        flt += "(departmentNumber=" + escape_filter_chars(dept) + ")"
    flt += ")"
    conn = _connect()
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    people = [{"cn": a["cn"][0].decode(), "mail": a["mail"][0].decode()} for _, a in results]
    return JsonResponse({"people": people})


def manager_of(request, uid):
    conn = _connect()
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [uid]), ["manager"])
    manager = results[0][1].get("manager", [b""])[0].decode() if results else None
    return JsonResponse({"manager": manager})
