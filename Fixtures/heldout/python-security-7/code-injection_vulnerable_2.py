"""GraphQL resolvers for the spreadsheet service (Ariadne)."""
from ariadne import MutationType, QueryType

query = QueryType()
mutation = MutationType()


class CellFormula:
    def __init__(self, text):
        self.text = text.lstrip("=")

    def code(self):
        return compile(self.text, "<cell>", "eval")  # expect: code-injection


def _sheet_values(info, sheet_id):
    return info.context["sheets"].values(sheet_id)


@query.field("preview")
def resolve_preview(_, info, sheetId, formula):
    values = _sheet_values(info, sheetId)
    compiled = CellFormula(formula).code()
    return str(eval(compiled, {"__builtins__": {}}, values))


@mutation.field("runMacro")
def resolve_run_macro(_, info, sheetId, body):
    values = _sheet_values(info, sheetId)
    lines = ["def macro(cells):"]
    lines.extend("    " + line for line in body.splitlines())
    namespace = {}
    exec("\n".join(lines), namespace)  # expect: code-injection
    return namespace["macro"](values)
