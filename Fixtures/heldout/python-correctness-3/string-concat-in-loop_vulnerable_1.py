def to_binary_strings(numbers, width=8):
    out = ""
    for n in numbers:
        out += format(n, f"0{width}b") + " "  # expect: string-concat-in-loop
    return out.strip()


def html_table(rows):
    html = "<table>\n"
    for row in rows:
        html = html + "  <tr>"  # expect: string-concat-in-loop
        for cell in row:
            html += f"<td>{cell}</td>"  # expect: string-concat-in-loop
        html += "</tr>\n"  # expect: string-concat-in-loop
    return html + "</table>"


if __name__ == "__main__":
    print(to_binary_strings([5, 255, 16]))
    print(html_table([["ana", 3], ["ben", 7]]))
