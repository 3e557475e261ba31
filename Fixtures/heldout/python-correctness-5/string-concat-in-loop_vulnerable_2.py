"""python-docx: build a plain-text summary of a meeting-minutes document."""
from docx import Document


def summarise(path):
    document = Document(path)
    summary = ""
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style.startswith("Heading"):
            summary += "\n## " + paragraph.text + "\n"  # expect: string-concat-in-loop
        elif paragraph.text.startswith("ACTION:"):
            summary += "- [ ] " + paragraph.text.removeprefix("ACTION:").strip() + "\n"  # expect: string-concat-in-loop
    return summary


def attendees(document):
    names = ""
    for table in document.tables:
        for row in table.rows[1:]:
            names += row.cells[0].text.strip() + ", "  # expect: string-concat-in-loop
    return names.rstrip(", ")
