import psycopg
from fastapi import FastAPI, Query
from psycopg import sql
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://app@db/inventory")


@app.get("/items")
def list_items(category: str = Query(...), limit: int = 20):
    stmt = text("SELECT id, name FROM items WHERE category = :category LIMIT :limit")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"category": category, "limit": limit}).all()
    return [dict(r._mapping) for r in rows]


@app.get("/items/{item_id}/history")
def item_history(item_id: str, table: str = "history"):
    query = sql.SQL("SELECT * FROM {} WHERE item_id = %s").format(sql.Identifier(table))
    with psycopg.connect("dbname=inventory") as conn:
        cur = conn.cursor()
        cur.execute(query, (item_id,))
        return cur.fetchall()


@app.get("/items/count")
def count_items(limit: int = 100):
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM items LIMIT {limit}")).scalar()
