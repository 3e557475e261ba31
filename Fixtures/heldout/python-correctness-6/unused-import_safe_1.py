"""PySimpleGUI tool that renames scanned invoices from their OCR'd number."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import PySimpleGUI as sg

if TYPE_CHECKING:
    from collections.abc import Iterable

NUMBER = re.compile(r"INV-(\d{6})")


def invoices(folder: str) -> Iterable[Path]:
    return Path(folder).glob("*.pdf")


def rename_folder(folder):
    renamed = 0
    for pdf in invoices(folder):
        match = NUMBER.search(pdf.stem)
        if match:
            pdf.rename(pdf.with_name(f"invoice-{match.group(1)}.pdf"))
            renamed += 1
    return renamed


def main():
    layout = [[sg.Text("Folder"), sg.Input(key="folder"), sg.FolderBrowse()], [sg.Button("Rename"), sg.Exit()]]
    window = sg.Window("Invoice renamer", layout)
    while True:
        event, values = window.read()
        if event in (sg.WINDOW_CLOSED, "Exit"):
            break
        sg.popup(f"{rename_folder(values['folder'])} files renamed")
    window.close()
