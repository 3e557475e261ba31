/* proto.c (fixed) - decode [type:1][len:2][payload:len], rejecting lengths that do not fit */
#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#define MAX_PAYLOAD 256

struct message {
    uint8_t type;
    uint16_t len;
    char payload[MAX_PAYLOAD];
};

int decode(const unsigned char *buf, size_t buflen, struct message *m)
{
    uint16_t netlen;

    if (buflen < 3)
        return -1;
    m->type = buf[0];
    memcpy(&netlen, buf + 1, sizeof netlen);
    m->len = ntohs(netlen);
    if (m->len > sizeof m->payload || m->len > buflen - 3)
        return -1;
    memcpy(m->payload, buf + 3, m->len);
    return 0;
}

int read_message(int fd, struct message *m)
{
    unsigned char hdr[3];
    uint16_t netlen;

    if (read(fd, hdr, sizeof hdr) != (ssize_t)sizeof hdr)
        return -1;
    m->type = hdr[0];
    memcpy(&netlen, hdr + 1, sizeof netlen);
    m->len = ntohs(netlen);
    if (m->len > MAX_PAYLOAD)
        return -1;
    if (read(fd, m->payload, m->len) != m->len)
        return -1;
    return 0;
}
