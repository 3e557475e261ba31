"""FastAPI service resolving group membership for the VPN portal, checked input."""
import os
import re

from fastapi import FastAPI, HTTPException
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
server = Server(os.environ["AD_HOST"], use_ssl=True, get_info=ALL)
SEARCH_BASE = "dc=ad,dc=example,dc=com"
ACCOUNT_RE = re.compile(r"[a-z][a-z0-9._-]{1,19}")
VPN_GROUPS = {"vpn-users", "vpn-admins", "contractors"}


@app.get("/vpn/allowed/{user}")
def vpn_allowed(user: str, group: str = "vpn-users"):
    if not ACCOUNT_RE.fullmatch(user) or group not in VPN_GROUPS:
        raise HTTPException(status_code=400, detail="bad user or group")
    conn = Connection(server, os.environ["AD_BIND_USER"], os.environ["AD_BIND_PASSWORD"], auto_bind=True)
    search_filter = "(&(objectClass=user)(sAMAccountName={})(memberOf=cn={},ou=groups,{}))".format(
        escape_filter_chars(user), group, SEARCH_BASE
    )
    conn.search(SEARCH_BASE, search_filter, attributes=["cn"])
    return {"user": user, "allowed": len(conn.entries) > 0}
