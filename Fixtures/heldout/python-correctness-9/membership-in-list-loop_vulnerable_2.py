import socket
import time

from zeroconf import ServiceBrowser, ServiceListener, Zeroconf


class PrinterCollector(ServiceListener):
    def __init__(self, allowed_models):
        self.allowed_models = list(allowed_models)
        self.printers = []

    def add_service(self, zc, type_, name):
        info = zc.get_service_info(type_, name)
        if info is None:
            return
        self.printers.append(info)

    def update_service(self, zc, type_, name):
        pass

    def remove_service(self, zc, type_, name):
        self.printers = [p for p in self.printers if p.name != name]

    def supported(self):
        found = []
        for info in self.printers:
            model = info.properties.get(b"ty", b"").decode()
            if model not in self.allowed_models:  # expect: membership-in-list-loop
                continue
            found.append((model, socket.inet_ntoa(info.addresses[0])))
        return found


def discover(seconds, models):
    zc = Zeroconf()
    collector = PrinterCollector(models)
    ServiceBrowser(zc, "_ipp._tcp.local.", collector)
    time.sleep(seconds)
    zc.close()
    return collector.supported()
