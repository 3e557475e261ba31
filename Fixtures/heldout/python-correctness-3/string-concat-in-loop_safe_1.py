import io


def to_binary_strings(numbers, width=8):
    return " ".join(format(n, f"0{width}b") for n in numbers)


def html_table(rows):
    buf = io.StringIO()
    buf.write("<table>\n")
    for row in rows:
        cells = "".join(f"<td>{cell}</td>" for cell in row)
        buf.write(f"  <tr>{cells}</tr>\n")
    buf.write("</table>")
    return buf.getvalue()


def checksum(text):
    total = 0
    for ch in text:
        total += ord(ch)
    return total % 256
