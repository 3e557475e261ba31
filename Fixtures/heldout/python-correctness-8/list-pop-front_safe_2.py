from collections import deque

from pyinfra import host
from pyinfra.operations import server, systemd

WAVE_SIZE = 2


def plan_waves(services: list[str]) -> list[list[str]]:
    pending = deque(services)
    waves = []
    while pending:
        wave = []
        while pending and len(wave) < WAVE_SIZE:
            wave.append(pending.popleft())
        waves.append(wave)
    return waves


for wave in plan_waves(host.data.get("services", ["api", "worker"])):
    for service in wave:
        systemd.service(name=f"Restart {service}", service=service, restarted=True)
    server.shell(name="Wait for health", commands=["/usr/local/bin/wait-healthy"])
