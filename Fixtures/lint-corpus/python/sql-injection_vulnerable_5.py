import psycopg
from fastapi import FastAPI, Query, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://app@db/inventory")


@app.get("/items")
def list_items(category: str = Query(...), limit: int = 20):
    sql = "SELECT id, name FROM items WHERE category = '" + category + "'"
    sql += f" LIMIT {limit}"
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).all()  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@app.get("/items/{item_id}/history")
def item_history(item_id: str):
    with psycopg.connect("dbname=inventory") as conn:
        cur = conn.cursor()
        cur.execute("SELECT * FROM history WHERE item_id = %s" % item_id)  # expect: sql-injection
        return cur.fetchall()


@app.get("/search")
def search(request: Request):
    conditions = []
    for tag in request.query_params.getlist("tag"):
        conditions.append(f"tag = '{tag}'")
    where = " OR ".join(conditions)
    with engine.connect() as conn:
        return conn.execute(text("SELECT id FROM items WHERE " + where)).all()  # expect: sql-injection
