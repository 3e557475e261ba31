import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def get_db():
    return sqlite3.connect("shop.db")


@app.route("/products")
def search_products():
    term = request.args.get("q", "")
    pattern = f"%{term}%"
    rows = get_db().execute("SELECT id, name, price FROM products WHERE name LIKE ?", (pattern,)).fetchall()
    return jsonify(rows)


@app.route("/products/recent")
def recent_products():
    limit = int(request.args.get("limit", 20))
    query = f"SELECT id, name FROM products ORDER BY created_at DESC LIMIT {limit}"
    return jsonify(get_db().execute(query).fetchall())


@app.route("/reviews")
def reviews():
    author = request.args["author"]
    cursor = get_db().cursor()
    cursor.execute("SELECT body FROM reviews WHERE author = ? AND hidden = 0", [author])
    return jsonify(cursor.fetchall())
