"""Pyro5 service answering timetable questions from the regional transit feed (XML)."""
import Pyro5.api
from lxml import etree

FEED = etree.parse("/srv/transit/timetable.xml")


@Pyro5.api.expose
class Timetable:
    def departures(self, stop, line=None):
        expression = "//stop[@name='" + stop + "']/departure"
        if line:
            expression += "[@line='%s']" % line
        finder = etree.XPath(expression)  # expect: xpath-injection
        return [node.get("time") for node in finder(FEED)]
