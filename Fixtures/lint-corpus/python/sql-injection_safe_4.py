from django.db import connection
from django.http import JsonResponse

from .models import Order

SORTABLE = {"created", "total", "status"}


def search_orders(request):
    status = request.GET.get("status", "open")
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status])
    return JsonResponse({"ids": [o.id for o in orders]})


def customer_orders(request):
    customer = request.GET["customer"]
    qs = Order.objects.extra(where=["customer_id = %s"], params=[customer])
    return JsonResponse({"count": qs.count()})


def orders_sorted(request):
    column = request.GET.get("sort", "created")
    if column not in SORTABLE:
        column = "created"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM shop_order ORDER BY {column}")
        rows = cursor.fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})


def order_totals(request):
    region_id = int(request.POST.get("region", "0"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(total) FROM shop_order WHERE region_id = %d" % region_id)
        total = cursor.fetchone()[0]
    return JsonResponse({"total": total})
