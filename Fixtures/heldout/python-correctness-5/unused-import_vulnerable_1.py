"""Bottle app for a community-garden plot waitlist."""
import json  # expect: unused-import
import sqlite3
from datetime import date, datetime  # expect: unused-import

from bottle import Bottle, request, template

app = Bottle()
DB = "garden.sqlite3"


def waitlist():
    with sqlite3.connect(DB) as conn:
        return conn.execute("SELECT name, joined FROM waitlist ORDER BY joined").fetchall()


@app.get("/waitlist")
def show_waitlist():
    return template("waitlist", rows=waitlist())


@app.post("/waitlist")
def join_waitlist():
    name = request.forms.getunicode("name", "").strip()
    with sqlite3.connect(DB) as conn:
        conn.execute("INSERT INTO waitlist (name, joined) VALUES (?, ?)", (name, date.today().isoformat()))
    return {"ok": True, "position": len(waitlist())}
