from fastapi import Depends, FastAPI, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

app = FastAPI()

ALLOWED_TABLES = {"invoices", "credit_notes"}


@app.get("/customers/{customer_id}/documents")
def list_documents(
    customer_id: int,
    kind: str = Query("invoices"),
    since: str = Query("2024-01-01"),
    db: Session = Depends(get_session),
):
    table = kind if kind in ALLOWED_TABLES else "invoices"
    stmt = text(
        f"SELECT id, number, amount FROM {table} "
        "WHERE customer_id = :cid AND issued_on >= :since ORDER BY issued_on"
    )
    result = db.execute(stmt, {"cid": customer_id, "since": since})
    return [dict(row._mapping) for row in result]


@app.get("/search")
def search_customers(name: str, db: Session = Depends(get_session)):
    pattern = "%" + name.replace("%", r"\%").replace("_", r"\_") + "%"
    rows = db.execute(
        text("SELECT id, name FROM customers WHERE name ILIKE :p ESCAPE '\\'"),
        {"p": pattern},
    )
    return [{"id": r.id, "name": r.name} for r in rows]
