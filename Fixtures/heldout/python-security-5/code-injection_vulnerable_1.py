"""CherryPy pricing calculator: sales staff type a formula for a custom quote."""
import json
import math

import cherrypy

from .catalogue import base_price


def _expand(formula, qty):
    expr = formula.replace("qty", str(int(qty)))
    expr = expr.replace("base", "base_price")
    return "round(" + expr + ", 2)"


class QuoteApi:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def quote(self, sku="", formula="base * qty", qty="1"):
        env = {"base_price": base_price(sku), "math": math}
        expr = _expand(formula, qty)
        total = eval(expr, {"__builtins__": {}}, env)  # expect: code-injection
        return {"sku": sku, "total": total}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def hooks(self):
        payload = json.loads(cherrypy.request.body.read() or b"{}")
        hook_src = "def on_quote(q):\n    " + payload.get("body", "return q")
        namespace = {}
        exec(hook_src, namespace)  # expect: code-injection
        return {"installed": "on_quote" in namespace}


if __name__ == "__main__":
    cherrypy.quickstart(QuoteApi(), "/api")
