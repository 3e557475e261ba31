"""python-docx: build a plain-text summary of a meeting-minutes document."""
from docx import Document


def summarise(path):
    document = Document(path)
    lines = []
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            lines.append("\n## " + paragraph.text)
        elif paragraph.text.startswith("ACTION:"):
            lines.append("- [ ] " + paragraph.text.removeprefix("ACTION:").strip())
    return "\n".join(lines)


def attendees(document):
    names = [row.cells[0].text.strip() for table in document.tables for row in table.rows[1:]]
    return ", ".join(names)
