"""FastAPI service resolving group membership for the VPN portal (ldap3)."""
import os

from fastapi import FastAPI
from ldap3 import ALL, Connection, Server

app = FastAPI()
server = Server(os.environ["AD_HOST"], use_ssl=True, get_info=ALL)
SEARCH_BASE = "dc=ad,dc=example,dc=com"


def membership_filter(user: str, groups: list[str]) -> str:
    parts = ["(&(objectClass=user)", f"(sAMAccountName={user})", "(|"]
    for g in groups:
        parts.append("(memberOf=cn=" + g + ",ou=groups," + SEARCH_BASE + ")")
    parts.append("))")
    return "".join(parts)


@app.get("/vpn/allowed/{user}")
def vpn_allowed(user: str, group: str = "vpn-users"):
    conn = Connection(server, os.environ["AD_BIND_USER"], os.environ["AD_BIND_PASSWORD"], auto_bind=True)
    search_filter = membership_filter(user, group.split(","))
    conn.search(SEARCH_BASE, search_filter, attributes=["cn"])  # expect: ldap-injection
    return {"user": user, "allowed": len(conn.entries) > 0}
