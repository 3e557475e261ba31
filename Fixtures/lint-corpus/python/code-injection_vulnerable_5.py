"""Spreadsheet-like computed columns for the reporting page (Django)."""
from django.http import JsonResponse


def _compiled(formula):
    code = compile("lambda row: " + formula, "<formula>", "eval")
    return eval(code)  # expect: code-injection


def computed(request):
    formula = request.GET["formula"]
    fn = _compiled(formula)
    rows = [{"price": 3, "qty": 2}, {"price": 5, "qty": 1}]
    return JsonResponse({"values": [fn(r) for r in rows]})


def script(request):
    program = compile(request.POST["script"], "<script>", "exec")
    namespace = {}
    exec(program, namespace)  # expect: code-injection
    return JsonResponse({"result": namespace.get("result")})
