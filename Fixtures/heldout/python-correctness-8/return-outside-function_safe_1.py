"""pyinfra deploy: install the metrics agent on hosts that ask for it."""
from pyinfra import host
from pyinfra.facts.server import LinuxDistribution
from pyinfra.operations import apt, files, systemd


def install_agent():
    if not host.data.get("metrics_agent", False):
        return
    distro = host.get_fact(LinuxDistribution)
    apt.packages(name="Install agent", packages=["metrics-agent"], update=True)
    files.template(
        name="Agent config",
        src="templates/agent.yaml.j2",
        dest="/etc/metrics-agent/agent.yaml",
        release=distro["release_meta"].get("CODENAME", "stable"),
    )
    systemd.service(name="Start agent", service="metrics-agent", running=True, enabled=True)


install_agent()
