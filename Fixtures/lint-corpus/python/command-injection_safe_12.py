"""Falcon backup service: fixed commands, arguments as lists."""
import subprocess

import falcon

DATABASES = {"orders", "customers", "audit"}


class DumpResource:
    def on_post(self, req, resp):
        database = req.get_param("db", required=True)
        if database not in DATABASES:
            raise falcon.HTTPBadRequest(title="unknown database")
        keep = req.get_param_as_int("keep", default=7)
        subprocess.run(["pg_dump", "--file", f"/var/backups/{database}.sql", database], check=True)
        subprocess.run("find /var/backups -mtime +%d -delete" % keep, shell=True, check=True)
        resp.media = {"dumped": database}


app = falcon.App()
app.add_route("/dump", DumpResource())
