"""Fabric deploy script for the booking service."""
from fabric import Connection


def deploy(host, release):
    conn = Connection(host)
    try:
        conn.run(f"tar -xzf /tmp/{release}.tgz -C /srv/booking/releases")
        conn.run(f"ln -sfn /srv/booking/releases/{release} /srv/booking/current")
        conn.sudo("systemctl restart booking")
    finally:
        conn.close()
    return release


def deploy_all(hosts, release):
    done = []
    for host in hosts:
        try:
            done.append(deploy(host, release))
        finally:
            print(f"{host}: attempted")
        if len(done) >= 3:
            break
    return done
