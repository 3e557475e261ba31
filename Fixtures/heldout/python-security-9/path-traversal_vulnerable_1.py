import os

import rpyc
from rpyc.utils.server import ThreadedServer

EXPORT_ROOT = "/srv/exports"


class ExportService(rpyc.Service):
    def _location(self, tenant, name):
        return os.path.join(EXPORT_ROOT, tenant, name)

    def exposed_list(self, tenant):
        return sorted(os.listdir(os.path.join(EXPORT_ROOT, tenant)))

    def exposed_fetch(self, tenant, name):
        location = self._location(tenant, name)
        with open(location, "rb") as handle:  # expect: path-traversal
            return handle.read()


if __name__ == "__main__":
    ThreadedServer(ExportService, port=18890).start()
