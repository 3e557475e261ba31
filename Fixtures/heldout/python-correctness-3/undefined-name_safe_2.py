from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, HTTPException

if TYPE_CHECKING:
    from .repository import BookRepository

router = APIRouter(prefix="/books")
_repo: BookRepository | None = None


def configure(repo: BookRepository) -> None:
    global _repo
    _repo = repo


@router.get("/{isbn}")
def get_book(isbn: str) -> dict:
    if _repo is None:
        raise HTTPException(status_code=503, detail="not configured")
    try:
        book = _repo.find(isbn)
    except KeyError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    if (stock := _repo.stock(isbn)) == 0:
        return {"isbn": isbn, "title": book.title, "available": False}
    return {"isbn": isbn, "title": book.title, "available": True, "stock": stock}
