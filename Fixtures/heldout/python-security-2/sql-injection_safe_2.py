# reports/views.py -- sales report download, bound parameters
import csv

from django.db import connection
from django.http import HttpResponse

from .models import Invoice

REPORT_SQL = """
    SELECT region, SUM(total) AS revenue
    FROM billing_invoice
    WHERE issued_on BETWEEN %s AND %s {region_clause}
    GROUP BY region
"""


def sales_report(request):
    params = [request.GET["from"], request.GET["to"]]
    region_clause = ""
    if request.GET.get("region"):
        region_clause = "AND region = %s"
        params.append(request.GET["region"])
    query = REPORT_SQL.format(region_clause=region_clause)
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        rows = cursor.fetchall()
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["region", "revenue"])
    writer.writerows(rows)
    return response


def customer_invoices(request):
    pattern = "%" + request.GET.get("customer", "") + "%"
    invoices = Invoice.objects.raw(
        "SELECT * FROM billing_invoice WHERE customer_name LIKE %s", [pattern]
    )
    lines = [f"{inv.number};{inv.total}" for inv in invoices]
    return HttpResponse("\n".join(lines), content_type="text/plain")
