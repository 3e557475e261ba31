"""Dear PyGui viewer for the lab's CSV exports."""
import csv
import sys  # expect: unused-import
from pathlib import Path

import dearpygui.dearpygui as dpg
from dearpygui.demo import show_demo  # expect: unused-import


def load(path):
    with Path(path).open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def build(path):
    rows = load(path)
    dpg.create_context()
    with dpg.window(label=Path(path).name, width=600, height=400):
        with dpg.table(header_row=True):
            for title in rows[0]:
                dpg.add_table_column(label=title)
            for row in rows[1:]:
                with dpg.table_row():
                    for cell in row:
                        dpg.add_text(cell)
    dpg.create_viewport(title="CSV viewer")
    dpg.setup_dearpygui()
    dpg.show_viewport()
    dpg.start_dearpygui()
    dpg.destroy_context()
