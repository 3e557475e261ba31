import hashlib
import time

import rpyc
from passlib.hash import argon2
from rpyc.utils.server import ThreadedServer

from .store import find_device, save_device


def firmware_bucket(image: bytes) -> str:
    return hashlib.md5(image, usedforsecurity=False).hexdigest()[:2]


class DeviceRegistry(rpyc.Service):
    def exposed_register(self, serial, shared_secret):
        save_device(serial=serial, secret_digest=argon2.hash(shared_secret), added=time.time())
        return True

    def exposed_check_in(self, serial, shared_secret):
        device = find_device(serial)
        return device is not None and argon2.verify(shared_secret, device.secret_digest)

    def exposed_upload_firmware(self, serial, image):
        return f"firmware/{firmware_bucket(image)}/{serial}.bin"


if __name__ == "__main__":
    ThreadedServer(DeviceRegistry, port=18900).start()
