"""Ticket lookups for the help desk (Flask + psycopg)."""
import psycopg
from flask import Flask, jsonify, request

app = Flask(__name__)


class TicketStore:
    def __init__(self, dsn):
        self.dsn = dsn

    def by_owner(self, owner, state):
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(  # noqa: E501  # expect: sql-injection
                f"SELECT id, title FROM tickets WHERE owner = '{owner}' AND state = '{state}'"
            ).fetchall()


tickets = TicketStore("dbname=helpdesk")


@app.get("/tickets")
def list_tickets():
    rows = tickets.by_owner(request.args["owner"], request.args.get("state", "open"))
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
