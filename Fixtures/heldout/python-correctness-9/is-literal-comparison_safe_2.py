import logging

import pykka
from mopidy import core

logger = logging.getLogger(__name__)


class SleepTimerFrontend(pykka.ThreadingActor, core.CoreListener):
    def __init__(self, config, core_actor):
        super().__init__()
        self.core = core_actor
        self.minutes = config["sleeptimer"]["minutes"]
        self.enabled = config["sleeptimer"].get("enabled", True)
        self.remaining = None

    def playback_state_changed(self, old_state, new_state):
        if new_state == "playing" and self.remaining is None and self.enabled is True:
            self.remaining = self.minutes
            logger.info("sleep timer armed for %d minutes", self.minutes)
        elif new_state is core.PlaybackState.STOPPED:
            self.remaining = None

    def tick(self):
        if self.remaining is None:
            return
        self.remaining -= 1
        if self.remaining <= 0:
            volume = self.core.mixer.get_volume().get()
            logger.info("sleep timer over at volume %s", volume)
            self.core.playback.stop()
            self.remaining = None
