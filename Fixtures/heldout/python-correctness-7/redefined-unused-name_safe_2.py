"""Settings object for the kiosk firmware updater."""
import json
from pathlib import Path


class UpdaterSettings:
    def __init__(self, path):
        self.data = json.loads(Path(path).read_text(encoding="utf-8"))

    @property
    def channel(self):
        return self.data.get("channel", "stable").lower()

    @channel.setter
    def channel(self, value):
        self.data["channel"] = value

    def mirrors(self):
        return self.data.get("mirrors", [])


def load_settings(path, overrides=None):
    settings = UpdaterSettings(path)
    settings.data.update(overrides or {})
    return settings


legacy_load = load_settings


def load_settings(path, overrides=None, channel=None):
    settings = legacy_load(path, overrides)
    if channel:
        settings.channel = channel
    return settings
