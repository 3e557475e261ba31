"""Scapy sniffer that tallies DNS queries per client on the lab network."""
from collections import Counter

from scapy.all import DNSQR, IP, sniff

queries = Counter()


def _query_name(packet):
    try:
        return packet[DNSQR].qname.decode().rstrip(".")
    except (IndexError, UnicodeDecodeError, AttributeError):
        return None


def handle(packet):
    if not packet.haslayer(DNSQR):
        return
    name = _query_name(packet)
    if name:
        queries[(packet[IP].src, name)] += 1


def capture(interface="eth0", seconds=60):
    sniff(iface=interface, filter="udp port 53", prn=handle, store=False, timeout=seconds)
    return queries.most_common(20)
