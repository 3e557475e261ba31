import time

import rpyc
from passlib.hash import hex_md5
from rpyc.utils.server import ThreadedServer

from .store import find_device, save_device


class DeviceRegistry(rpyc.Service):
    def exposed_register(self, serial, shared_secret):
        save_device(serial=serial, secret_digest=hex_md5.hash(shared_secret), added=time.time())  # expect: weak-hash
        return True

    def exposed_check_in(self, serial, shared_secret):
        device = find_device(serial)
        if device is None:
            return False
        return hex_md5.verify(shared_secret, device.secret_digest)


if __name__ == "__main__":
    ThreadedServer(DeviceRegistry, port=18900).start()
