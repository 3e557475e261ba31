"""Falcon backup service: dumps a database on request."""
import os
import subprocess

import falcon


class DumpResource:
    def on_post(self, req, resp):
        database = req.get_param("db", required=True)
        label = req.get_header("X-Backup-Label") or "manual"
        command = "pg_dump %s | gzip > /var/backups/%s.sql.gz" % (database, label)
        subprocess.run(command, shell=True, check=True)  # expect: command-injection
        resp.media = {"queued": label}


class DiskResource:
    def on_get(self, req, resp):
        mount = req.get_param("mount", default="/")
        with os.popen("df -h " + mount) as report:  # expect: command-injection
            resp.text = report.read()


app = falcon.App()
app.add_route("/dump", DumpResource())
app.add_route("/disk", DiskResource())
