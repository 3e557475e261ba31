from django.db import connection
from django.http import JsonResponse

from .models import Order


def user_orders(request):
    username = request.GET.get("user")
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total FROM orders WHERE username = %s AND status = %s", [username, status])
        orders = cursor.fetchall()
    return JsonResponse({"orders": orders})


def open_orders(request):
    customer = request.GET["customer"]
    rows = Order.objects.raw("SELECT * FROM shop_order WHERE customer = %s", [customer])
    recent = Order.objects.filter(customer=customer).order_by("-created")[:5]
    return JsonResponse({"open": [o.pk for o in rows], "recent": [o.pk for o in recent]})
