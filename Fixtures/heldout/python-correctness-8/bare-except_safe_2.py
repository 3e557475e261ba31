import octoprint.plugin


class BedTempLoggerPlugin(octoprint.plugin.StartupPlugin, octoprint.plugin.EventHandlerPlugin):
    def on_after_startup(self):
        self._logger.info("bed temperature logger ready")

    def _target_for(self, payload):
        try:
            profile = self._printer_profile_manager.get_current_or_default()
            return float(profile["heatedBed"] and payload.get("bed_target", 60))
        except (KeyError, TypeError, ValueError) as error:
            self._logger.warning("no bed target for %s: %s", payload.get("name"), error)
            return None

    def on_event(self, event, payload):
        if event == "PrintStarted":
            target = self._target_for(payload)
            if target is not None:
                self._printer.set_temperature("bed", target)


__plugin_name__ = "Bed Temp Logger"
__plugin_pythoncompat__ = ">=3.8,<4"
__plugin_implementation__ = BedTempLoggerPlugin()
