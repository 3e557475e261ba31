"""Settings object for the kiosk firmware updater."""
import json
from pathlib import Path


class UpdaterSettings:
    def __init__(self, path):
        self.data = json.loads(Path(path).read_text(encoding="utf-8"))

    def channel(self):
        return self.data.get("channel", "stable")

    def mirrors(self):
        return self.data.get("mirrors", [])

    def channel(self):  # expect: redefined-unused-name
        return self.data.get("channel", "stable").lower()


def load_settings(path):
    return UpdaterSettings(path)


def load_settings(path, overrides=None):  # expect: redefined-unused-name
    settings = UpdaterSettings(path)
    settings.data.update(overrides or {})
    return settings
