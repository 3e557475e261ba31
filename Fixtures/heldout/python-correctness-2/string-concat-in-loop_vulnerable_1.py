def render_table(rows):
    html = "<table>\n"
    for row in rows:
        html += "  <tr>"  # expect: string-concat-in-loop
        for cell in row:
            html = html + f"<td>{cell}</td>"  # expect: string-concat-in-loop
        html += "</tr>\n"  # expect: string-concat-in-loop
    return html + "</table>"


if __name__ == "__main__":
    print(render_table([["ana", 3], ["bo", 5]]))
