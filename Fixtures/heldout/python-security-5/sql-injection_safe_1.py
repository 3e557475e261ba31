"""BlackSheep store API on peewee with parameters and a sort allow-list."""
from blacksheep import Application, Request, json as json_response
from peewee import CharField, DecimalField, Model, PostgresqlDatabase

db = PostgresqlDatabase(None)
app = Application()
SORTS = {"name": "name", "newest": "opened_at DESC", "city": "city, name"}


class Product(Model):
    name = CharField()
    city = CharField()
    price = DecimalField()

    class Meta:
        database = db


@app.router.get("/stores")
async def stores(request: Request):
    city = request.query.get("city", [""])[0]
    order = SORTS.get(request.query.get("sort", ["name"])[0], "name")
    cursor = db.execute_sql(f"SELECT id, name FROM store WHERE city = %s ORDER BY {order}", (city,))
    return json_response([{"id": r[0], "name": r[1]} for r in cursor.fetchall()])


@app.router.get("/products")
async def products(request: Request):
    term = request.query.get("q", [""])[0]
    rows = Product.select().where(Product.name.contains(term))
    return json_response([{"name": p.name, "price": str(p.price)} for p in rows])
