from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    type = Column(String(20))
    name = Column(String(80))


def summarize(numbers):
    max_value = max(numbers)
    total = sum(numbers)
    return dict(max=max_value, mean=total / len(numbers), type="summary")


def describe(product_id, name, format_="short"):
    label = f"#{product_id} {name}"
    return label if format_ == "short" else label.upper()
