"""CherryPy pricing calculator with a small arithmetic evaluator instead of eval."""
import ast
import operator

import cherrypy

from .catalogue import base_price

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def _evaluate(node, names):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    raise cherrypy.HTTPError(400, "unsupported formula")


class QuoteApi:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def quote(self, sku="", formula="base * qty", qty="1"):
        names = {"base": base_price(sku), "qty": int(qty)}
        tree = ast.parse(formula, mode="eval")
        total = _evaluate(tree, names)
        return {"sku": sku, "total": round(total, 2)}
