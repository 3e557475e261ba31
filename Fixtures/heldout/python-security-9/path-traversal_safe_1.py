import os
import re

import rpyc
from rpyc.utils.server import ThreadedServer

EXPORT_ROOT = os.path.realpath("/srv/exports")
TENANT = re.compile(r"[a-z0-9-]{2,32}")


class ExportService(rpyc.Service):
    def _location(self, tenant, name):
        if not TENANT.fullmatch(tenant):
            raise ValueError("bad tenant")
        base = os.path.join(EXPORT_ROOT, tenant)
        location = os.path.realpath(os.path.join(base, name))
        if os.path.commonpath([location, base]) != base:
            raise PermissionError("outside the tenant folder")
        return location

    def exposed_fetch(self, tenant, name):
        with open(self._location(tenant, name), "rb") as handle:
            return handle.read()


if __name__ == "__main__":
    ThreadedServer(ExportService, port=18890).start()
