import csv


def write_report(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for idx in range(len(rows)):  # expect: range-len-loop
            row = rows[idx]
            writer.writerow([row["date"], row["amount"], row["category"]])


def capitalize_all(words):
    result = []
    for j in range(len(words)):  # expect: range-len-loop
        result.append(words[j].capitalize())
    return result
