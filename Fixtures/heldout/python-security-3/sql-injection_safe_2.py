from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def bulk_status(request):
    try:
        ids = [int(x) for x in request.GET.getlist("id")][:100]
    except ValueError:
        return JsonResponse({"error": "ids must be integers"}, status=400)
    if not ids:
        return JsonResponse({"orders": []})
    placeholders = ", ".join(["%s"] * len(ids))
    query = f"SELECT id, status FROM shop_order WHERE id IN ({placeholders})"
    with connection.cursor() as cursor:
        cursor.execute(query, ids)
        rows = cursor.fetchall()
    return JsonResponse({"orders": [{"id": i, "status": s} for i, s in rows]})


@require_GET
def customer_orders(request, customer_id):
    status = request.GET.get("status", "open")
    sql = "SELECT id, total FROM shop_order WHERE customer_id = %s"
    args = [customer_id]
    if status != "any":
        sql += " AND status = %s"
        args.append(status)
    with connection.cursor() as cursor:
        cursor.execute(sql + " ORDER BY id DESC LIMIT 50", args)
        rows = cursor.fetchall()
    return JsonResponse({"orders": [{"id": i, "total": str(t)} for i, t in rows]})
