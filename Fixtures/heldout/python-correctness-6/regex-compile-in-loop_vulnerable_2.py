"""Netmiko audit: collects interface descriptions from the access switches."""
import re

from netmiko import ConnectHandler


class InterfaceAudit:
    def __init__(self, devices):
        self.devices = devices

    def descriptions(self):
        found = {}
        for device in self.devices:
            with ConnectHandler(**device) as conn:
                output = conn.send_command("show interfaces description")
            for line in output.splitlines():
                if re.compile(r"^(Gi|Te)\d+/\d+/\d+").match(line):  # expect: regex-compile-in-loop
                    port, _status, _protocol, *words = line.split()
                    found[(device["host"], port)] = " ".join(words)
        return found

    def untagged(self, found):
        result = []
        for key, description in found.items():
            pattern = re.compile(r"^(AP|CAM|PRN)-\w+$", re.IGNORECASE)  # expect: regex-compile-in-loop
            if not pattern.match(description):
                result.append(key)
        return result
