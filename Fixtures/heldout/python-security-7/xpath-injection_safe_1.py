"""Pyro5 timetable service; stop and line are passed as XPath variables."""
import Pyro5.api
from lxml import etree

FEED = etree.parse("/srv/transit/timetable.xml")
BY_STOP = etree.XPath("//stop[@name=$stop]/departure")
BY_STOP_AND_LINE = etree.XPath("//stop[@name=$stop]/departure[@line=$line]")


@Pyro5.api.expose
class Timetable:
    def departures(self, stop, line=None):
        if line:
            nodes = BY_STOP_AND_LINE(FEED, stop=stop, line=line)
        else:
            nodes = BY_STOP(FEED, stop=stop)
        return [node.get("time") for node in nodes]
