"""CherryPy report archive that keeps every path inside its root."""
import os
import re

import cherrypy
from cherrypy.lib.static import serve_file

REPORTS = os.path.realpath("/srv/reports")
YEAR = re.compile(r"20\d\d")


def _report_path(year, name):
    if not YEAR.fullmatch(year):
        raise cherrypy.HTTPError(400)
    candidate = os.path.realpath(os.path.join(REPORTS, year, name))
    if os.path.commonpath([candidate, REPORTS]) != REPORTS or not candidate.endswith(".pdf"):
        raise cherrypy.HTTPError(404)
    return candidate


class Reports:
    @cherrypy.expose
    def download(self, year="2026", name=""):
        return serve_file(_report_path(year, name), "application/pdf", "attachment")
