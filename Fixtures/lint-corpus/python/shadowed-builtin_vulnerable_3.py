def parse_record(line):
    id, name, type = line.split(",")  # expect: shadowed-builtin
    return {"id": int(id), "name": name, "type": type}


def load(path):
    with open(path) as file:
        input = file.read()  # expect: shadowed-builtin
    return input.splitlines()
