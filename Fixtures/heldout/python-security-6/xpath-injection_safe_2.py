"""Strawberry GraphQL resolver over the timetable published as XHTML (lxml.html)."""
from typing import List

import lxml.html
import strawberry

TIMETABLE = lxml.html.parse("/srv/timetable/index.html")
DEPARTURES = "//table[@data-line=$line]//tr[td[1]=$stop]/td[2]/text()"


@strawberry.type
class Query:
    @strawberry.field
    def departures(self, line: str, stop: str) -> List[str]:
        return [str(t) for t in TIMETABLE.xpath(DEPARTURES, line=line, stop=stop)]
