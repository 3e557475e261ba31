from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Order


def build_filter(params):
    clauses = []
    if params.get("status"):
        clauses.append("status = '%s'" % params["status"])
    if params.get("customer"):
        clauses.append("customer_email = '" + params["customer"] + "'")
    return " AND ".join(clauses) or "1=1"


@require_GET
def order_report(request):
    where = build_filter(request.GET)
    query = "SELECT id, total, status FROM shop_order WHERE " + where
    with connection.cursor() as cursor:
        cursor.execute(query)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"orders": rows})


@require_GET
def orders_for_region(request):
    region = request.GET.get("region", "EU")
    orders = Order.objects.raw(  # expect: sql-injection
        f"SELECT * FROM shop_order WHERE region = '{region}'"
    )
    return JsonResponse({"ids": [o.id for o in orders]})


@require_GET
def recent_orders(request):
    days = request.GET["days"]
    qs = Order.objects.extra(where=["created_at > now() - interval '%s days'" % days])  # expect: sql-injection
    return JsonResponse({"count": qs.count()})
