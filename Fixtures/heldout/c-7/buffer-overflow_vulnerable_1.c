/* libpcap capture tool: keeps the first bytes of each TCP payload per flow for protocol guessing. */
#include <pcap/pcap.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>

#define SNIPPET 512
#define MAX_FLOWS 256

struct flow {
    uint32_t key;
    size_t used;
    unsigned char payload[SNIPPET];
};

struct flow_table {
    struct flow flows[MAX_FLOWS];
    unsigned seen;
};

static void on_packet(u_char *user, const struct pcap_pkthdr *h, const u_char *bytes)
{
    struct flow_table *table = (struct flow_table *)user;
    size_t ip_hl, tcp_hl, off;
    uint32_t key;

    if (h->caplen < 14 + 20 + 20)
        return;
    ip_hl = (size_t)(bytes[14] & 0x0f) * 4;
    tcp_hl = (size_t)(bytes[14 + ip_hl + 12] >> 4) * 4;
    off = 14 + ip_hl + tcp_hl;
    if (off >= h->caplen)
        return;

    memcpy(&key, bytes + 14 + 12, sizeof key);
    struct flow *f = &table->flows[key % MAX_FLOWS];
    f->key = key;
    memcpy(f->payload + f->used, bytes + off, h->caplen - off); /* expect: buffer-overflow */
    f->used += h->caplen - off;
    table->seen++;
}

int capture(pcap_t *handle, struct flow_table *table)
{
    return pcap_loop(handle, -1, on_packet, (u_char *)table);
}
