"""Bottle app for a community-garden plot waitlist."""
from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from bottle import Bottle, request, template

if TYPE_CHECKING:
    from collections.abc import Sequence

app = Bottle()
DB = "garden.sqlite3"


def waitlist() -> Sequence[tuple[str, str]]:
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
