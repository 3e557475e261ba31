"""Directory lookups behind a chat bot's commands."""


def whois(conn, nick):
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={nick}))", attributes=["cn", "mail"])  # expect: ldap-injection
    return conn.entries


def group_members(conn, group):
    flt = "(&(objectClass=groupOfNames)(cn=" + group + "))"
    return conn.search_s("ou=groups,dc=corp,dc=example", 2, flt)  # expect: ldap-injection
