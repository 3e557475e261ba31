from django.db import connection
from django.http import JsonResponse
from django.views import View

ORDERINGS = {"newest": "created DESC", "largest": "total DESC"}


class InvoiceReportView(View):
    def get(self, request):
        ordering = ORDERINGS.get(request.GET.get("sort"), "created DESC")
        ids = [int(x) for x in request.GET.getlist("id")]
        placeholders = ", ".join("%s" for _ in ids)
        query = f"SELECT id, total FROM invoices WHERE id IN ({placeholders}) ORDER BY {ordering}"
        with connection.cursor() as cursor:
            cursor.execute(query, ids)
            return JsonResponse({"rows": cursor.fetchall()})
