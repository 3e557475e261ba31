"""Pyramid view listing the members of the groups a manager asks about."""
import os

import ldap3
from pyramid.view import view_config

GROUPS_DN = "ou=groups,dc=corp,dc=example"


def group_filter(names):
    alternatives = "".join("(cn=" + name + ")" for name in names)
    return "(&(objectClass=groupOfNames)(|" + alternatives + "))"


def ldap_conn():
    server = ldap3.Server(os.environ["LDAP_URL"], use_ssl=True)
    return ldap3.Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)


@view_config(route_name="group_members", renderer="json", permission="manage")
def group_members(request):
    names = [n.strip() for n in request.params.get("groups", "").split(",") if n.strip()]
    flt = group_filter(names)
    conn = ldap_conn()
    try:
        conn.search(  # expect: ldap-injection
            GROUPS_DN,
            flt,
            attributes=["cn", "member"],
        )
        return {e.cn.value: list(e.member.values) for e in conn.entries}
    finally:
        conn.unbind()
