"""Flet desktop phone book backed by the company directory."""
import os

import flet as ft
from ldap3 import Connection, Server, SUBTREE

BASE_DN = "ou=people,dc=corp,dc=example"


class Directory:
    def __init__(self):
        server = Server(os.environ["LDAP_HOST"], use_ssl=True)
        self.conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)

    def lookup(self, name, office):
        query = "(&(objectClass=person)(|(cn=*{0}*)(sn={0}*))".format(name)
        if office:
            query += "(physicalDeliveryOfficeName=%s)" % office
        query += ")"
        self.conn.search(  # expect: ldap-injection
            search_base=BASE_DN,
            search_filter=query,
            search_scope=SUBTREE,
            attributes=["cn", "telephoneNumber", "mail"],
        )
        return [entry.entry_attributes_as_dict for entry in self.conn.entries]


def main(page: ft.Page):
    directory = Directory()
    name = ft.TextField(label="Name")
    office = ft.TextField(label="Office")
    results = ft.Column()

    def search(_):
        results.controls = [ft.Text(f"{p['cn'][0]}  {p.get('telephoneNumber', [''])[0]}") for p in directory.lookup(name.value, office.value)]
        page.update()

    page.add(name, office, ft.ElevatedButton("Search", on_click=search), results)


ft.app(target=main)
