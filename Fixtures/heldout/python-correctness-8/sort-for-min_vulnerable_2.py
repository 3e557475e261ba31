import speedtest


class ServerPicker:
    def __init__(self, threads: int = 4):
        self.threads = threads
        self.client = speedtest.Speedtest(secure=True)

    def closest(self) -> dict:
        servers = [server for group in self.client.get_servers().values() for server in group]
        servers.sort(key=lambda server: server["d"])  # expect: sort-for-min
        return servers[0]

    def measure(self) -> dict:
        target = self.closest()
        self.client.get_best_server([target])
        down = self.client.download(threads=self.threads)
        up = self.client.upload(threads=self.threads)
        return {"server": target["sponsor"], "down_mbps": down / 1e6, "up_mbps": up / 1e6}


if __name__ == "__main__":
    print(ServerPicker().measure())
