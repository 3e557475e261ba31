"""LangChain tools used by the internal HR assistant."""
from typing import Optional

from langchain_core.tools import tool

from hr.directory import search_people

DEFAULT_FIELDS = ("email", "team")


class HolidayPlanner:
    def __init__(self, public_holidays=None):
        self.public_holidays = list(public_holidays or [])

    def add_holiday(self, day):
        self.public_holidays.append(day)
        return sorted(self.public_holidays)


@tool
def find_colleague(name: str, fields: Optional[list] = None) -> list:
    """Look up a colleague by name and return the requested fields."""
    wanted = fields or DEFAULT_FIELDS
    return [{f: person.get(f) for f in wanted} for person in search_people(name)]
