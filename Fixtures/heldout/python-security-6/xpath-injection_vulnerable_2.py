"""Strawberry GraphQL resolver over the timetable published as XHTML (lxml.html)."""
from typing import List

import lxml.html
import strawberry

TIMETABLE = lxml.html.parse("/srv/timetable/index.html")


class RowQuery:
    def __init__(self, line: str, stop: str):
        self.line = line
        self.stop = stop

    def expression(self) -> str:
        return "//table[@data-line='%s']//tr[td[1]='%s']/td[2]/text()" % (self.line, self.stop)


@strawberry.type
class Query:
    @strawberry.field
    def departures(self, line: str, stop: str) -> List[str]:
        query = RowQuery(line, stop)
        return [str(t) for t in TIMETABLE.xpath(query.expression())]  # expect: xpath-injection
