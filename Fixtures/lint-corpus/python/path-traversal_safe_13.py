"""Report downloads through a framework's file-serving helper, by base name only."""
import os

import cherrypy
from cherrypy.lib.static import serve_file

REPORTS = "/srv/reports"


class Reports:
    @cherrypy.expose
    def download(self, year="2026", name=""):
        path = os.path.join(REPORTS, str(int(year)), os.path.basename(name))
        return serve_file(path, "application/pdf", "attachment")
