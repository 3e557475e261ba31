"""The same lookups with the values escaped."""
from ldap3.utils.conv import escape_filter_chars


def whois(conn, nick):
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={escape_filter_chars(nick)}))", attributes=["cn"])
    return conn.entries


def everyone(conn):
    return conn.search_s("ou=people,dc=corp,dc=example", 2, "(objectClass=person)")
