"""Litestar people-search endpoint backed by the company directory (ldap3)."""
import os

from ldap3 import ALL, SUBTREE, Connection, Server
from litestar import Litestar, get

BASE_DN = "ou=people,dc=corp,dc=example"


def directory():
    server = Server(os.environ["LDAP_URL"], get_info=ALL, use_ssl=True)
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)


@get("/people")
async def people(mail: str, active: bool = True) -> list[dict]:
    state = "(!(employeeStatus=terminated))" if active else ""
    search_filter = f"(&(objectClass=inetOrgPerson)(mail={mail}){state})"
    conn = directory()
    try:
        conn.search(BASE_DN, search_filter, SUBTREE, attributes=["cn", "mail", "title"])  # expect: ldap-injection
        return [e.entry_attributes_as_dict for e in conn.entries]
    finally:
        conn.unbind()


app = Litestar(route_handlers=[people])
