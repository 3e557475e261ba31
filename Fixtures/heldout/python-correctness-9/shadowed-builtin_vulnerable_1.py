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
        type = reading.get("kind", "sensor")  # expect: shadowed-builtin
        for rule in model.rules:
            if check(rule, reading):
                hits.append(f"{rule.name} fired for {type} {reading['id']}")
    return hits


def load_rules(path, format="utf-8"):  # expect: shadowed-builtin
    with open(path, encoding=format) as handle:
        return handle.read()
