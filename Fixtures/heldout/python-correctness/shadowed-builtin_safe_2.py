"""SQLAlchemy models and handlers: attributes and keyword arguments named like builtins."""
from flask import Flask, jsonify
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

app = Flask(__name__)
Base = declarative_base()


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String(200))
    type = Column(String(20))

    def to_dict(self):
        return {"id": self.id, "title": self.title, "type": self.type}


@app.route("/books/<int:book_id>")
def get_book(book_id):
    book = app.session.get(Book, book_id)
    if book is None:
        return jsonify(error="not found"), 404
    return jsonify(book.to_dict())


def by_kind(session, kind):
    return [b.to_dict() for b in session.query(Book).filter(Book.type == kind)]
