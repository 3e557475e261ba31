from textx import metamodel_from_str

GRAMMAR = r"""
Model: rules+=Rule;
Rule: 'rule' name=ID 'when' field=ID op=Op value=INT;
Op: '>' | '<' | '==';
"""


def check(rule, reading):
    actual = reading.get(rule.field)
    if actual is None:
        return False
    if rule.op == ">":
        return actual > rule.value
    if rule.op == "<":
        return actual < rule.value
    return actual == rule.value


def evaluate(source, readings):
    mm = metamodel_from_str(GRAMMAR)
    model = mm.model_from_str(source)
    hits = []
    for reading in readings:
        kind = reading.get("type", "sensor")
        for rule in model.rules:
            if check(rule, reading):
                hits.append(f"{rule.name} fired for {kind} {reading['id']}")
    return hits


def load_rules(path, encoding="utf-8"):
    with open(path, encoding=encoding) as handle:
        return handle.read()
