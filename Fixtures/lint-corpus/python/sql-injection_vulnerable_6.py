from django.db import connection
from django.http import JsonResponse
from django.views import View
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


class InvoiceReportView(View):
    base_query = "SELECT id, total FROM invoices WHERE "

    def get(self, request):
        filters = {"status": request.GET.get("status", "paid")}
        clause = "status = '%(status)s'" % filters
        with connection.cursor() as cursor:
            cursor.execute(self.base_query + clause)  # expect: sql-injection
            return JsonResponse({"rows": cursor.fetchall()})


@app.route("/export")
def export():
    columns = request.values.getlist("col")
    sql = "SELECT " + ", ".join(columns) + " FROM customers"
    return jsonify([list(r) for r in db.session.execute(text(sql))])  # expect: sql-injection
