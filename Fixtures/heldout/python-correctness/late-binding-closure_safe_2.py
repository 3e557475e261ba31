"""Sort a table by each column in turn; the key functions are used immediately, inside the loop."""

ROWS = [
    ("ada", 36, "london"),
    ("grace", 45, "new york"),
    ("linus", 28, "helsinki"),
]
HEADERS = ("name", "age", "city")


def print_sorted_views(rows):
    for col, header in enumerate(HEADERS):
        ordered = sorted(rows, key=lambda row: row[col])
        print(f"by {header}:", [r[0] for r in ordered])


def make_job(dept, fmt):
    def job():
        return f"{dept}.{fmt}"
    return job


def make_jobs(departments, formats):
    return [make_job(dept, fmt) for dept in departments for fmt in formats]


def oldest_per_city(rows):
    result = {}
    for city in {r[2] for r in rows}:
        result[city] = max((r for r in rows if r[2] == city), key=lambda r: r[1])
    return result


if __name__ == "__main__":
    print_sorted_views(ROWS)
    print([job() for job in make_jobs(["sales", "hr"], ["csv"])], oldest_per_city(ROWS))
