"""Flask handlers for the library app's book records."""
from flask import Flask, jsonify, request

app = Flask(__name__)
BOOKS = {"1": {"title": "Dune", "kind": "novel"}, "2": {"title": "SICP", "kind": "textbook"}}


@app.route("/books/<id>")
def get_book(id):  # expect: shadowed-builtin
    book = BOOKS.get(id)
    if book is None:
        return jsonify(error="not found"), 404
    return jsonify(book)


def filter(kind):  # expect: shadowed-builtin
    return [b for b in BOOKS.values() if b["kind"] == kind]


@app.route("/books")
def list_books():
    type = request.args.get("type", "novel")  # expect: shadowed-builtin
    return jsonify(books=filter(type))
