"""Piccolo ORM report: open invoices per customer for the dunning mail."""
from piccolo.columns import Boolean, ForeignKey, Integer, Varchar
from piccolo.table import Table


class Customer(Table):
    name = Varchar()
    email = Varchar()


class Invoice(Table):
    customer = ForeignKey(references=Customer)
    amount_cents = Integer()
    paid = Boolean(default=False)


def dunning_list():
    customers = Customer.select(Customer.id, Customer.name, Customer.email).run_sync()
    report = []
    for customer in customers:
        invoices = Invoice.select(Invoice.amount_cents).where(  # expect: n-plus-one-query
            (Invoice.customer == customer["id"]) & (Invoice.paid.eq(False))
        ).run_sync()
        if invoices:
            report.append((customer["email"], sum(i["amount_cents"] for i in invoices)))
    return report
