def total(values):
    max_value = max(values, default=0)
    list_ = sorted(values)
    return max_value, list_


def lookup(mapping, key, *, type_=str):
    return type_(mapping[key])


def call(client):
    return client.filter(type="user", id=3)
