"""CherryPy back office on mysql-connector: order search and bulk archive."""
import json
import os

import cherrypy
from mysql.connector import pooling

POOL = pooling.MySQLConnectionPool(
    pool_name="backoffice", pool_size=4, host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"], database="shop",
)


class OrderFilter:
    def __init__(self, params):
        self.params = params

    def where(self):
        clauses = ["1=1"]
        if self.params.get("status"):
            clauses.append("status = '%s'" % self.params["status"])
        if self.params.get("customer"):
            clauses.append("customer_email LIKE '" + self.params["customer"] + "%'")
        return " AND ".join(clauses)


class Orders:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def search(self, **params):
        sql = "SELECT id, total, status FROM orders WHERE " + OrderFilter(params).where()
        cnx = POOL.get_connection()
        try:
            cur = cnx.cursor(dictionary=True)
            cur.execute(sql)  # expect: sql-injection
            return cur.fetchall()
        finally:
            cnx.close()

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def archive(self):
        ids = json.loads(cherrypy.request.body.read())["ids"]
        cnx = POOL.get_connection()
        try:
            cnx.cmd_query("UPDATE orders SET archived = 1 WHERE id IN (" + ",".join(ids) + ")")  # expect: sql-injection
            cnx.commit()
        finally:
            cnx.close()
        return {"archived": len(ids)}
