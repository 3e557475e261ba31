"""SQLAlchemy declarative model for the recipe box."""
from sqlalchemy import Column, Float, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Ingredient(Base):
    __tablename__ = "ingredients"

    id = Column(Integer, primary_key=True)
    type = Column(String(20), default="dry")
    name = Column(String(80), nullable=False)
    grams = Column(Float, default=0.0)

    def as_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name, "grams": self.grams}


def heavier_than(items: list[Ingredient], minimum: float) -> list[Ingredient]:
    return list(filter(lambda i: i.grams >= minimum, items))
