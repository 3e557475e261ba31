import os

import ldap
from django.http import JsonResponse
from ldap.filter import escape_filter_chars

BASE = "ou=staff,dc=example,dc=org"


def phone_of(request, login):
    conn = ldap.initialize(os.environ["LDAP_URL"])
    rows = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(login), ["telephoneNumber"])
    return JsonResponse({"phone": rows[0][1]["telephoneNumber"][0].decode() if rows else None})


def member_by_number(request, employee_id):
    conn = ldap.initialize(os.environ["LDAP_URL"])
    rows = conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(employeeNumber={employee_id})", ["cn"])
    return JsonResponse({"cn": rows[0][1]["cn"][0].decode() if rows else None})
