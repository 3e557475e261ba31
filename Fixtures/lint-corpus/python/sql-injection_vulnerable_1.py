import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def get_db():
    return sqlite3.connect("shop.db")


@app.route("/products")
def search_products():
    term = request.args.get("q", "")
    query = "SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'"
    rows = get_db().execute(query).fetchall()  # expect: sql-injection
    return jsonify(rows)


@app.route("/products/<int:product_id>/reviews")
def product_reviews(product_id):
    author = request.args["author"]
    sql = f"SELECT body FROM reviews WHERE product_id = {product_id} AND author = '{author}'"
    cursor = get_db().cursor()
    cursor.execute(sql)  # expect: sql-injection
    return jsonify(cursor.fetchall())
