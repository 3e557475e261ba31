"""CherryPy newsletter preview rendered from Mako template files."""
import cherrypy
from mako.lookup import TemplateLookup

from .subscribers import sample_subscriber

lookup = TemplateLookup(directories=["templates/newsletter"], default_filters=["h"])
LAYOUTS = {"plain": "plain.mako", "promo": "promo.mako", "digest": "digest.mako"}


class Newsletter:
    @cherrypy.expose
    def preview(self, layout="plain", greeting="Hello", body=""):
        page = lookup.get_template(LAYOUTS.get(layout, "plain.mako"))
        return page.render(
            greeting=greeting,
            body=body,
            name=sample_subscriber().name,
            unsubscribe="/unsubscribe",
        )
