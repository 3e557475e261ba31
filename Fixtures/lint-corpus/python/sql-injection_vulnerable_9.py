"""A class-based view that hands request data to its own helper methods."""
from django.db import connection
from django.http import JsonResponse
from django.views import View


class OrderSearch(View):
    def get(self, request):
        customer = self.customer_param()
        status = request.GET.get("status", "open")
        return JsonResponse({"rows": self.fetch(customer, status)})

    def customer_param(self):
        return self.request.GET["customer"]

    def fetch(self, customer, status):
        with connection.cursor() as cursor:
            cursor.execute(  # expect: sql-injection
                "SELECT id FROM orders WHERE customer = '%s' AND status = '%s'" % (customer, status)
            )
            return cursor.fetchall()
