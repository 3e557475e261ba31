from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COLUMN_TITLES = {
    "sku": "Item",
    "qty": "Qty",
    "unit_price": "Unit price",
    "total": "Line total",
    "QTY": "Quantity",
    1: "first",
    "1": "first (text)",
}


def invoice_rows(lines):
    header = [COLUMN_TITLES[key] for key in ("sku", "qty", "unit_price", "total")]
    rows = [header]
    for line in lines:
        total = line["qty"] * line["unit_price"]
        rows.append([line["sku"], str(line["qty"]), f"{line['unit_price']:.2f}", f"{total:.2f}"])
    return rows


def render_invoice(path, customer, lines):
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(path, pagesize=A4, title=f"Invoice for {customer}")
    table = Table(invoice_rows(lines), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ]))
    doc.build([Paragraph(f"Invoice: {customer}", styles["Title"]), table])
