"""BlackSheep store API on peewee."""
from blacksheep import Application, Request, json as json_response
from peewee import CharField, DecimalField, Model, PostgresqlDatabase

db = PostgresqlDatabase(None)
app = Application()


class Product(Model):
    name = CharField()
    city = CharField()
    price = DecimalField()

    class Meta:
        database = db


@app.router.get("/stores")
async def stores(request: Request):
    city = request.query.get("city", [""])[0]
    sort = request.query.get("sort", ["name"])[0]
    cursor = db.execute_sql(f"SELECT id, name FROM store WHERE city = '{city}' ORDER BY {sort}")  # expect: sql-injection
    return json_response([{"id": r[0], "name": r[1]} for r in cursor.fetchall()])


def _like(term):
    return "SELECT * FROM product WHERE name ILIKE '%" + term + "%'"


@app.router.get("/products")
async def products(request: Request):
    term = request.query.get("q", [""])[0]
    rows = Product.raw(_like(term))  # expect: sql-injection
    return json_response([{"name": p.name, "price": str(p.price)} for p in rows])
