"""Strawberry GraphQL query over the group directory (ldap3)."""
import os
from typing import List

import strawberry
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server(os.environ["LDAP_HOST"], use_ssl=True)


def _members_filter(group: str) -> str:
    return f"(&(objectClass=groupOfNames)(cn={escape_filter_chars(group)}))"


@strawberry.type
class Query:
    @strawberry.field
    def members(self, group: str) -> List[str]:
        with Connection(SERVER, os.environ["LDAP_USER"], os.environ["LDAP_PASSWORD"], auto_bind=True) as conn:
            conn.search(
                "ou=groups,dc=corp,dc=example",
                _members_filter(group),
                attributes=["member"],
            )
            return [str(m) for entry in conn.entries for m in entry.member]
