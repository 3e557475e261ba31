import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
SORTS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "title": "title COLLATE NOCASE",
}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
    return g.db


@app.get("/notes")
def list_notes():
    sql = "SELECT id, title, created_at FROM notes WHERE owner = ?"
    params = [request.args.get("owner", "")]
    tag = request.args.get("tag")
    if tag:
        sql += " AND id IN (SELECT note_id FROM note_tags WHERE tag = ?)"
        params.append(tag)
    order = SORTS.get(request.args.get("sort"), SORTS["newest"])
    sql += " ORDER BY " + order
    rows = db().execute(sql, params).fetchall()
    return jsonify([{"id": r[0], "title": r[1], "created": r[2]} for r in rows])
