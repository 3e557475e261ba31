"""Litestar calculator endpoint with a fixed operator table instead of eval."""
import operator
from dataclasses import dataclass

from litestar import Litestar, post
from litestar.exceptions import ValidationException

OPERATIONS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "max": max,
    "min": min,
}


@dataclass
class Calculation:
    left: str
    op: str
    right: str


@post("/calc")
async def calc(data: Calculation) -> dict:
    fn = OPERATIONS.get(data.op)
    if fn is None:
        raise ValidationException("unsupported operator")
    try:
        left, right = float(data.left), float(data.right)
    except ValueError:
        raise ValidationException("operands must be numbers") from None
    if data.op == "/" and right == 0:
        raise ValidationException("division by zero")
    return {"result": fn(left, right)}


app = Litestar(route_handlers=[calc])
