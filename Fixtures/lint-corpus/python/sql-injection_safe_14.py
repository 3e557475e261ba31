"""Back-office order search with placeholders; a cache key built from the request is no SQL."""
import json

import cherrypy

from .db import cache, pool


class OrdersApi:
    @cherrypy.expose
    def archive(self):
        ids = [int(i) for i in json.loads(cherrypy.request.body.read())["ids"]]
        cnx = pool.get_connection()
        marks = ",".join(["%s"] * len(ids))
        cur = cnx.cursor()
        cur.execute("UPDATE orders SET archived = 1 WHERE id IN (" + marks + ")", ids)
        cnx.commit()
        return "ok"

    @cherrypy.expose
    def by_status(self, status="open"):
        key = "orders:" + status
        return json.dumps(cache.run_query(key))
