"""Pricing rules service: formulas parsed into a small arithmetic AST."""
import ast
import operator

from fastapi import FastAPI, HTTPException

app = FastAPI()

BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def evaluate(node, variables):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        return BIN_OPS[type(node.op)](evaluate(node.left, variables), evaluate(node.right, variables))
    raise HTTPException(400, "unsupported expression")


@app.get("/quote")
def quote(expr: str, price: float, qty: int = 1):
    tree = ast.parse(expr, mode="eval")
    return {"total": evaluate(tree, {"price": price, "qty": qty})}
