"""Kombu consumer that syncs group membership requests from the HR queue."""
import os

from kombu import Connection, Queue
from kombu.mixins import ConsumerMixin
from ldap3 import SUBTREE, Connection as LdapConnection, Server

GROUPS = "ou=groups,dc=example,dc=org"


def _group_filter(payload):
    return f"(&(objectClass=groupOfNames)(cn={payload['group']})(member=uid={payload['uid']},ou=people,dc=example,dc=org))"


class MembershipWorker(ConsumerMixin):
    def __init__(self, connection):
        self.connection = connection
        self.ldap = LdapConnection(
            Server(os.environ["LDAP_HOST"], use_ssl=True),
            os.environ["LDAP_BIND_DN"],
            os.environ["LDAP_BIND_PW"],
            auto_bind=True,
        )

    def get_consumers(self, Consumer, channel):
        return [Consumer(queues=[Queue("hr.membership")], callbacks=[self.on_message], accept=["json"])]

    def on_message(self, body, message):
        self.ldap.search(  # expect: ldap-injection
            GROUPS,
            _group_filter(body),
            search_scope=SUBTREE,
            attributes=["cn"],
        )
        body["already_member"] = bool(self.ldap.entries)
        message.ack()


if __name__ == "__main__":
    with Connection(os.environ["AMQP_URL"]) as conn:
        MembershipWorker(conn).run()
