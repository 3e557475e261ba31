"""pydantic models for a climbing gym's route setting board."""
from pydantic import BaseModel, field_validator

GRADES = ("4", "5a", "5b", "5c", "6a", "6b", "6c", "7a")


class Route(BaseModel):
    name: str
    grade: str
    wall: int

    @field_validator("grade")
    @classmethod
    def known_grade(cls, value):
        if value not in GRADES:
            raise ValueError(f"unknown grade {value}")
        return value

    def harder_than(other):  # expect: missing-self
        return GRADES.index(other.grade) > 4


class Wall(BaseModel):
    number: int
    routes: list[Route] = []

    def add(self, route):
        self.routes.append(route)

    def reset(wall_number):  # expect: missing-self
        return Wall(number=wall_number, routes=[])
