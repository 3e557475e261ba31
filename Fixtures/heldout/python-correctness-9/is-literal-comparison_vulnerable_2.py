import logging

import pykka
from mopidy import core

logger = logging.getLogger(__name__)


class SleepTimerFrontend(pykka.ThreadingActor, core.CoreListener):
    def __init__(self, config, core_actor):
        super().__init__()
        self.core = core_actor
        self.minutes = config["sleeptimer"]["minutes"]
        self.remaining = None

    def playback_state_changed(self, old_state, new_state):
        if new_state is "playing" and self.remaining is None:  # expect: is-literal-comparison
            self.remaining = self.minutes
            logger.info("sleep timer armed for %d minutes", self.minutes)
        elif new_state == core.PlaybackState.STOPPED:
            self.remaining = None

    def tick(self):
        if self.remaining is None:
            return
        self.remaining -= 1
        if self.remaining is 0:  # expect: is-literal-comparison
            volume = self.core.mixer.get_volume().get()
            logger.info("sleep timer over at volume %s", volume)
            self.core.playback.stop()
            self.remaining = None
