"""Netmiko audit: collects interface descriptions from the access switches."""
import re

from netmiko import ConnectHandler

PORT = re.compile(r"^(Gi|Te)\d+/\d+/\d+")
TAGGED = re.compile(r"^(AP|CAM|PRN)-\w+$", re.IGNORECASE)


class InterfaceAudit:
    def __init__(self, devices):
        self.devices = devices

    def descriptions(self):
        found = {}
        for device in self.devices:
            with ConnectHandler(**device) as conn:
                output = conn.send_command("show interfaces description")
            for line in output.splitlines():
                if PORT.match(line):
                    port, _status, _protocol, *words = line.split()
                    found[(device["host"], port)] = " ".join(words)
        return found

    def untagged(self, found):
        return [key for key, description in found.items() if not TAGGED.match(description)]
