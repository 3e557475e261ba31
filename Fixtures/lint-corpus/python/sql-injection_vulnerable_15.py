"""Back-office order search exposed as plain handler methods (a class-based web app)."""
import json

import cherrypy

from .db import pool


class OrdersApi:
    @cherrypy.expose
    def archive(self):
        ids = json.loads(cherrypy.request.body.read())["ids"]
        cnx = pool.get_connection()
        cnx.cmd_query("UPDATE orders SET archived = 1 WHERE id IN (" + ",".join(ids) + ")")  # expect: sql-injection
        cnx.commit()
        return "ok"

    @cherrypy.expose
    def by_status(self, status="open"):
        sql = f"SELECT id, total FROM orders WHERE status = '{status}'"
        return json.dumps(pool.run_query(sql))  # expect: sql-injection
