/* libpcap: per-host counters for the DNS monitor; one record per source address. */
#include <pcap/pcap.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct host_stat {
    uint32_t addr;
    unsigned long queries;
    unsigned char *last_query;
    size_t last_len;
    struct host_stat *next;
};

static struct host_stat *host_new(uint32_t addr, const u_char *query, size_t len)
{
    struct host_stat *h = calloc(1, sizeof *h);

    if (h == NULL)
        return NULL;
    h->addr = addr;
    h->last_query = malloc(len ? len : 1);
    if (h->last_query == NULL) {
        free(h);
        return NULL;
    }
    memcpy(h->last_query, query, len);
    h->last_len = len;
    return h;
}

int count_query(struct host_stat **hosts, uint32_t addr, const u_char *query, size_t len)
{
    struct host_stat *h;

    for (h = *hosts; h != NULL; h = h->next) {
        if (h->addr == addr) {
            h->queries++;
            return 0;
        }
    }
    h = host_new(addr, query, len);
    if (h == NULL)
        return -1;
    h->queries = 1;
    h->next = *hosts;
    *hosts = h;
    return 0;
}
