"""The same view, with the helper sending values as parameters and a fixed call elsewhere."""
from django.db import connection
from django.http import JsonResponse
from django.views import View


class OrderSearch(View):
    def get(self, request):
        customer = request.GET["customer"]
        return JsonResponse({"rows": self.fetch(customer), "open": self.count("open")})

    def fetch(self, customer):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM orders WHERE customer = %s", [customer])
            return cursor.fetchall()

    def count(self, status):
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM orders WHERE status = '%s'" % status)
            return cursor.fetchone()[0]
