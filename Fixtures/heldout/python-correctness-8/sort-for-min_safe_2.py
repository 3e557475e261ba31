import speedtest


class ServerPicker:
    def __init__(self):
        self.client = speedtest.Speedtest(secure=True)

    def servers(self) -> list[dict]:
        return [server for group in self.client.get_servers().values() for server in group]

    def closest(self) -> dict:
        return min(self.servers(), key=lambda server: server["d"])

    def ranking(self, limit: int = 10) -> list[str]:
        ordered = sorted(self.servers(), key=lambda server: server["d"])
        return [f"{server['sponsor']} ({server['d']:.0f} km)" for server in ordered[:limit]]

    def measure(self) -> dict:
        target = self.closest()
        self.client.get_best_server([target])
        down = self.client.download()
        return {"server": target["sponsor"], "down_mbps": down / 1e6}
