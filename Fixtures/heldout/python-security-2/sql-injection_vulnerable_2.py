# reports/views.py -- sales report download for the back office
import csv

from django.db import connection
from django.http import HttpResponse

from .models import Invoice

REPORT_SQL = """
    SELECT region, SUM(total) AS revenue
    FROM billing_invoice
    WHERE issued_on BETWEEN '{start}' AND '{end}'
    GROUP BY region
"""


def build_report_query(params):
    query = REPORT_SQL.format(start=params["from"], end=params["to"])
    region = params.get("region")
    if region:
        query = query.replace("GROUP BY", "AND region = '%s' GROUP BY" % region)
    return query


def sales_report(request):
    query = build_report_query(request.GET)
    with connection.cursor() as cursor:
        cursor.execute(query)  # expect: sql-injection
        rows = cursor.fetchall()
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["region", "revenue"])
    writer.writerows(rows)
    return response


def customer_invoices(request):
    customer = request.GET.get("customer", "")
    where = "customer_name LIKE '%%" + customer + "%%'"
    invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE " + where)  # expect: sql-injection
    lines = [f"{inv.number};{inv.total}" for inv in invoices]
    return HttpResponse("\n".join(lines), content_type="text/plain")
