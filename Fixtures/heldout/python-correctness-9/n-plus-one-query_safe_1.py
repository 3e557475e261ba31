from aqt import gui_hooks, mw
from aqt.utils import showInfo

LEECH_LAPSES = 6


def leech_report(col):
    rows = col.db.all(
        "select c.id, c.lapses, n.sfld from cards c join notes n on n.id = c.nid where c.lapses >= ?",
        LEECH_LAPSES,
    )
    report = []
    for card_id, lapses, front in rows:
        report.append(f"{lapses:>3} lapses  {front}  (card {card_id})")
    return report


def show_leeches():
    lines = leech_report(mw.col)
    if not lines:
        showInfo("No leeches in this collection.")
        return
    showInfo("\n".join(lines), title="Leech report")


def add_menu_item():
    action = mw.form.menuTools.addAction("Leech report")
    action.triggered.connect(show_leeches)


gui_hooks.main_window_did_init.append(add_menu_item)
