import octoprint.plugin


class FilamentGuardPlugin(octoprint.plugin.StartupPlugin, octoprint.plugin.EventHandlerPlugin):
    def on_after_startup(self):
        self.remaining_mm = self._settings.get_float(["remaining_mm"]) or 0.0
        self._logger.info("filament guard ready, %.0f mm left", self.remaining_mm)

    def _estimate_usage(self, payload):
        try:
            analysis = self._file_manager.get_metadata(payload["origin"], payload["path"])["analysis"]
            return float(analysis["filament"]["tool0"]["length"])
        except:  # expect: bare-except
            self._logger.warning("no analysis for %s", payload.get("name"))
            return 0.0

    def on_event(self, event, payload):
        if event != "PrintStarted":
            return
        needed = self._estimate_usage(payload)
        if needed > self.remaining_mm:
            self._printer.pause_print()
            self._plugin_manager.send_plugin_message(self._identifier, {"needed": needed})


__plugin_name__ = "Filament Guard"
__plugin_pythoncompat__ = ">=3.8,<4"
__plugin_implementation__ = FilamentGuardPlugin()
