"""Report downloads through a framework's file-serving helper."""
import os

import cherrypy
from cherrypy.lib.static import serve_file

REPORTS = "/srv/reports"


class Reports:
    @cherrypy.expose
    def download(self, year="2026", name=""):
        path = os.path.join(REPORTS, year, name)
        return serve_file(path, "application/pdf", "attachment")  # expect: path-traversal
