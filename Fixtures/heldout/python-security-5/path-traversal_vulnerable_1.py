"""CherryPy report archive: download monthly reports and upload attachments."""
import os

import cherrypy
from cherrypy.lib.static import serve_file

REPORTS = "/srv/reports"
ATTACHMENTS = "/srv/attachments"


def _report_path(year, name):
    return os.path.join(REPORTS, year, name)


class Reports:
    @cherrypy.expose
    def download(self, year="2026", name=""):
        path = _report_path(year, name)
        return serve_file(path, "application/pdf", "attachment")  # expect: path-traversal

    @cherrypy.expose
    def attach(self, ticket, upload):
        folder = os.path.join(ATTACHMENTS, str(int(ticket)))
        os.makedirs(folder, exist_ok=True)
        dest = folder + "/" + upload.filename
        with open(dest, "wb") as out:  # expect: path-traversal
            out.write(upload.file.read())
        return "stored"
