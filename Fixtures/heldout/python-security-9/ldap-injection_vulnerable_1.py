from errbot import BotPlugin, botcmd
from ldap3 import ALL, Connection, Server


class Whois(BotPlugin):
    def get_configuration_template(self):
        return {"URL": "ldaps://ldap.corp.example", "BASE": "ou=people,dc=corp,dc=example"}

    def connection(self):
        server = Server(self.config["URL"], get_info=ALL)
        return Connection(server, auto_bind=True)

    def people_filter(self, text):
        terms = text.split()
        clauses = "".join("(|(cn=*%s*)(mail=%s*))" % (term, term) for term in terms)
        return "(&(objectClass=person)" + clauses + ")"

    @botcmd
    def whois(self, msg, args):
        conn = self.connection()
        conn.search(  # expect: ldap-injection
            self.config["BASE"],
            self.people_filter(args),
            attributes=["cn", "mail", "telephoneNumber"],
            size_limit=10,
        )
        if not conn.entries:
            return "nobody found"
        return "\n".join(f"{e.cn} <{e.mail}> {e.telephoneNumber}" for e in conn.entries)
