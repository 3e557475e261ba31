from errbot import BotPlugin, botcmd
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars


class Whois(BotPlugin):
    def get_configuration_template(self):
        return {"URL": "ldaps://ldap.corp.example", "BASE": "ou=people,dc=corp,dc=example"}

    def connection(self):
        return Connection(Server(self.config["URL"], get_info=ALL), auto_bind=True)

    def people_filter(self, text):
        clauses = []
        for term in text.split():
            safe = escape_filter_chars(term)
            clauses.append("(|(cn=*%s*)(mail=%s*))" % (safe, safe))
        return "(&(objectClass=person)" + "".join(clauses) + ")"

    @botcmd
    def whois(self, msg, args):
        conn = self.connection()
        conn.search(
            self.config["BASE"],
            self.people_filter(args),
            attributes=["cn", "mail", "telephoneNumber"],
            size_limit=10,
        )
        if not conn.entries:
            return "nobody found"
        return "\n".join(f"{e.cn} <{e.mail}>" for e in conn.entries)
