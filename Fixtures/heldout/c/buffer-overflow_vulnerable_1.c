/* proto.c - decode messages of the course's chat protocol: [type:1][len:2][payload:len] */
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
    memcpy(m->payload, buf + 3, m->len); // expect: buffer-overflow
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
    if (read(fd, m->payload, m->len) != m->len) // expect: buffer-overflow
        return -1;
    return 0;
}
