import io


def render_table(rows):
    parts = ["<table>"]
    for row in rows:
        cells = "".join(f"<td>{cell}</td>" for cell in row)
        parts.append(f"  <tr>{cells}</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def csv_text(rows):
    buf = io.StringIO()
    for row in rows:
        buf.write(",".join(map(str, row)))
        buf.write("\n")
    return buf.getvalue()


def totals(rows):
    count = 0
    amount = 0.0
    for row in rows:
        count += 1
        amount += float(row[1])
    title = "Report"
    title += f" ({count} rows)"
    return title, amount
