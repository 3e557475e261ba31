from django.db import connection
from django.http import JsonResponse


def user_orders(request):
    username = request.GET.get("user")
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total FROM orders WHERE username = '{}' AND status = '{}'".format(username, status))  # expect: sql-injection
        orders = cursor.fetchall()
    return JsonResponse({"orders": orders})


def cancel_order(request, order_id):
    reason = request.POST["reason"]
    statement = "UPDATE orders SET cancelled = 1, reason = '%s' WHERE id = %s" % (reason, order_id)
    with connection.cursor() as cursor:
        cursor.execute(statement)  # expect: sql-injection
    return JsonResponse({"cancelled": order_id})
