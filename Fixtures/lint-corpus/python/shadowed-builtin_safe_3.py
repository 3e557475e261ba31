class Record:
    def __init__(self, record_id, kind):
        self.id = record_id
        self.type = kind

    def format(self):
        return f"{self.type}:{self.id}"


def parse_record(line, **kwargs):
    record_id, name, kind = line.split(",")
    return {"id": int(record_id), "name": name, "type": kind, **kwargs}
