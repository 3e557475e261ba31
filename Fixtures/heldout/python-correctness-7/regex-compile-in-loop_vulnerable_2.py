"""Fabric task that audits sshd settings on the fleet."""
import re

from fabric import Connection

CHECKS = {
    "permitrootlogin": "no",
    "passwordauthentication": "no",
    "x11forwarding": "no",
}


def audit(hosts):
    report = {}
    for host in hosts:
        config = Connection(host).run("sshd -T", hide=True).stdout
        settings = dict(re.compile(r"^(\S+)\s+(.*)$", re.MULTILINE).findall(config))  # expect: regex-compile-in-loop
        problems = [option for option, wanted in CHECKS.items() if settings.get(option, wanted) != wanted]
        for line in config.splitlines():
            if re.compile(r"^ciphers\s+.*cbc").match(line):  # expect: regex-compile-in-loop
                problems.append("weak cipher")
        report[host] = problems
    return report
