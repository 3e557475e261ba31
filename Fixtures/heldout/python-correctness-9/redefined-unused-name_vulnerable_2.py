import sys
import time

from pysnmp.hlapi import (
    CommunityData,
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    getCmd,
)
from pysnmp.entity.rfc3413.oneliner.cmdgen import getCmd  # expect: redefined-unused-name

IF_IN_OCTETS = "1.3.6.1.2.1.2.2.1.10.{index}"


def octets(host, community, index):
    result = getCmd(
        SnmpEngine(),
        CommunityData(community),
        UdpTransportTarget((host, 161)),
        ContextData(),
        ObjectType(ObjectIdentity(IF_IN_OCTETS.format(index=index))),
    )
    error, status, _, binds = next(result)
    if error or status:
        raise RuntimeError(str(error or status.prettyPrint()))
    return int(binds[0][1])


def main(host, community="public", index=1, interval=10):
    previous = octets(host, community, index)
    while True:
        time.sleep(interval)
        current = octets(host, community, index)
        print(f"{time.strftime('%H:%M:%S')} in {(current - previous) * 8 / interval / 1e6:.2f} Mbit/s")
        previous = current


if __name__ == "__main__":
    main(sys.argv[1])
