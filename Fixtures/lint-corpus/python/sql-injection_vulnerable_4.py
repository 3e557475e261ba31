from django.db import connection
from django.http import JsonResponse

from .models import Order


def search_orders(request):
    status = request.GET.get("status", "open")
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE status = '%s'" % status)  # expect: sql-injection
    return JsonResponse({"ids": [o.id for o in orders]})


def customer_orders(request):
    customer = request.GET["customer"]
    qs = Order.objects.extra(where=["customer_id = " + customer])  # expect: sql-injection
    return JsonResponse({"count": qs.count()})


def order_totals(request):
    region = request.POST.get("region")
    query = "SELECT SUM(total) FROM shop_order WHERE region = '{}'".format(region)
    with connection.cursor() as cursor:
        cursor.execute(query)  # expect: sql-injection
        total = cursor.fetchone()[0]
    return JsonResponse({"total": total})
