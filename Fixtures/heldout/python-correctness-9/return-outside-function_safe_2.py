# Krita startup script: pykrita/autosave_reminder/__init__.py
import os

from krita import Extension, Krita
from PyQt5.QtCore import QTimer

REMINDER_MINUTES = int(os.environ.get("KRITA_REMINDER_MINUTES", "20"))


def reminders_enabled():
    if os.environ.get("KRITA_NO_REMINDER"):
        return False
    return REMINDER_MINUTES > 0


class AutosaveReminder(Extension):
    def __init__(self, parent):
        super().__init__(parent)
        self.timer = QTimer()
        self.timer.timeout.connect(self.remind)

    def setup(self):
        self.timer.start(REMINDER_MINUTES * 60 * 1000)

    def createActions(self, window):
        pass

    def remind(self):
        doc = Krita.instance().activeDocument()
        if doc is not None and doc.modified():
            Krita.instance().activeWindow().activeView().showFloatingMessage(
                "You have unsaved changes", Krita.instance().icon("document-save"), 4000, 1
            )


if reminders_enabled():
    Krita.instance().addExtension(AutosaveReminder(Krita.instance()))
