/* dnsname.c - decode a DNS name from a response packet (no compression pointers) */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>

int decode_name(const uint8_t *pkt, size_t pkt_len, size_t off, char *out, size_t out_cap)
{
    size_t pos = 0;

    if (out_cap == 0)
        return -1;
    while (off < pkt_len && pkt[off] != 0) {
        uint8_t len = pkt[off];
        if (off + 1 + len > pkt_len)
            return -1;
        memcpy(out + pos, pkt + off + 1, len); /* expect: buffer-overflow */
        pos += len;
        if (pos + 1 >= out_cap)
            return -1;
        out[pos++] = '.';
        off += 1 + (size_t)len;
    }
    out[pos] = '\0';
    return (int)pos;
}

int read_txt_record(int fd, char *txt)
{
    uint8_t hdr[2];
    extern long read_exact(int fd, void *buf, size_t n);

    if (read_exact(fd, hdr, sizeof hdr) != 2)
        return -1;
    size_t rdlen = (size_t)hdr[0] << 8 | hdr[1];
    char record[128];
    if (read_exact(fd, record, rdlen) < 0) /* expect: buffer-overflow */
        return -1;
    size_t n = record[0] < sizeof record - 1 ? (size_t)record[0] : sizeof record - 1;
    memcpy(txt, record + 1, n);
    txt[n] = '\0';
    return (int)n;
}

int main(void)
{
    static const uint8_t sample[] = {3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'o', 'r', 'g', 0};
    char name[256];
    if (decode_name(sample, sizeof sample, 0, name, sizeof name) > 0)
        printf("%s\n", name);
    return 0;
}
