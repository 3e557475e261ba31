"""peewee report of open purchase orders per supplier."""
from peewee import CharField, DateField, ForeignKeyField, Model, PostgresqlDatabase

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
    report = []
    for supplier in Supplier.select().order_by(Supplier.name):
        orders = (PurchaseOrder  # expect: n-plus-one-query
                  .select()
                  .where((PurchaseOrder.supplier == supplier) & (PurchaseOrder.status == "open")))
        report.append((supplier.name, orders.count()))
    return report
