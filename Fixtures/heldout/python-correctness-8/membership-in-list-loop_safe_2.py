import tablib


class RosterMerger:
    def __init__(self, current_path: str):
        with open(current_path, encoding="utf-8") as handle:
            self.current = tablib.Dataset().load(handle.read(), format="csv")
        self.known_emails = {row["email"].lower() for row in self.current.dict}

    def merge(self, incoming_path: str) -> tablib.Dataset:
        with open(incoming_path, encoding="utf-8") as handle:
            incoming = tablib.Dataset().load(handle.read(), format="csv")
        added = tablib.Dataset(headers=self.current.headers)
        for record in incoming.dict:
            email = record["email"].lower()
            if email not in self.known_emails:
                added.append([record[h] for h in self.current.headers])
                self.known_emails.add(email)
        return added

    def export(self, added: tablib.Dataset, path: str) -> int:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(added.export("csv"))
        return added.height
