"""CherryPy newsletter preview rendered with Mako."""
import cherrypy
from mako.template import Template

from .subscribers import sample_subscriber

LAYOUT_HEAD = "<html><body><p>"
LAYOUT_TAIL = "</p><footer>${unsubscribe}</footer></body></html>"


class Newsletter:
    @cherrypy.expose
    def preview(self, greeting="Hello ${name}", body=""):
        source = LAYOUT_HEAD + greeting + "</p><div>" + body + "</div>" + LAYOUT_TAIL
        page = Template(source, default_filters=["h"])  # expect: template-injection
        return page.render(name=sample_subscriber().name, unsubscribe="/unsubscribe")

    @cherrypy.expose
    def subject(self, title=""):
        return Template("Newsletter: " + title).render()  # expect: template-injection
