def make_validator(field, limit):
    def validate(form):
        value = form.get(field, "")
        return None if len(value) <= limit else f"{field} is longer than {limit}"
    return validate


LIMITS = {"username": 20, "bio": 160, "website": 100}
VALIDATORS = [make_validator(field, limit) for field, limit in LIMITS.items()]


def errors(form):
    return [msg for check in VALIDATORS if (msg := check(form))]


def rank_by_closeness(targets, readings):
    ranked = {}
    for name, target in targets.items():
        ranked[name] = sorted(readings, key=lambda r: abs(r - target))[:3]
    return ranked
