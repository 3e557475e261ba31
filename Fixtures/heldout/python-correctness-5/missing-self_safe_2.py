"""pydantic models for a climbing gym's route setting board."""
from pydantic import BaseModel, Field, field_validator

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

    def harder_than(self, other):
        return GRADES.index(self.grade) > GRADES.index(other.grade)


class Wall(BaseModel):
    number: int
    routes: list[Route] = Field(default_factory=list)

    def add(self, route):
        self.routes.append(route)

    @classmethod
    def empty(cls, wall_number):
        return cls(number=wall_number)
