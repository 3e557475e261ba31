"""LangChain tools used by the internal HR assistant."""
from langchain_core.tools import tool

from hr.directory import search_people


class HolidayPlanner:
    def __init__(self, public_holidays=list()):  # expect: mutable-default-argument
        self.public_holidays = public_holidays

    def add_holiday(self, day):
        self.public_holidays.append(day)
        return sorted(self.public_holidays)


@tool
def find_colleague(name: str, fields: list = ["email", "team"]) -> list:  # expect: mutable-default-argument
    """Look up a colleague by name and return the requested fields."""
    return [{f: person.get(f) for f in fields} for person in search_people(name)]
