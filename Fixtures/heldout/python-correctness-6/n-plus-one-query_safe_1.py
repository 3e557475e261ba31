"""peewee report of open purchase orders per supplier."""
from peewee import JOIN, CharField, DateField, ForeignKeyField, Model, PostgresqlDatabase, fn

db = PostgresqlDatabase("purchasing")


class Supplier(Model):
    name = CharField()

    class Meta:
        database = db


class PurchaseOrder(Model):
    supplier = ForeignKeyField(Supplier, backref="orders")
    status = CharField()
    due = DateField()

    class Meta:
        database = db


def open_orders_report():
    query = (Supplier
             .select(Supplier.name, fn.COUNT(PurchaseOrder.id).alias("open_count"))
             .join(PurchaseOrder, JOIN.LEFT_OUTER,
                   on=((PurchaseOrder.supplier == Supplier.id) & (PurchaseOrder.status == "open")))
             .group_by(Supplier.name)
             .order_by(Supplier.name))
    return [(row.name, row.open_count) for row in query]
