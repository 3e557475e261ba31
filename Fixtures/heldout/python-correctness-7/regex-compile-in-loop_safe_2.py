"""Fabric task that audits sshd settings on the fleet."""
import re

from fabric import Connection

CHECKS = {
    "permitrootlogin": "no",
    "passwordauthentication": "no",
    "x11forwarding": "no",
}
SETTING_RE = re.compile(r"^(\S+)\s+(.*)$", re.MULTILINE)
WEAK_CIPHERS = re.compile(r"^ciphers\s+.*cbc")


def audit(hosts):
    report = {}
    for host in hosts:
        config = Connection(host).run("sshd -T", hide=True).stdout
        settings = dict(SETTING_RE.findall(config))
        problems = [option for option, wanted in CHECKS.items() if settings.get(option, wanted) != wanted]
        for line in config.splitlines():
            if WEAK_CIPHERS.match(line):
                problems.append("weak cipher")
        report[host] = problems
    return report
