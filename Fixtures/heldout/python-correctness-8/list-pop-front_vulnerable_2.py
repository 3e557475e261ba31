from pyinfra import host
from pyinfra.operations import server, systemd

WAVE_SIZE = 2


def plan_waves(services: list[str]) -> list[list[str]]:
    pending = list(services)
    waves = []
    while pending:
        wave = []
        while pending and len(wave) < WAVE_SIZE:
            wave.append(pending.pop(0))  # expect: list-pop-front
        waves.append(wave)
    return waves


def restart_in_waves(services: list[str]) -> None:
    for wave in plan_waves(services):
        for service in wave:
            systemd.service(name=f"Restart {service}", service=service, restarted=True)
        server.shell(name="Wait for health", commands=["/usr/local/bin/wait-healthy"])


restart_in_waves(host.data.get("services", ["api", "worker", "scheduler"]))
