/* statsd-lite: a UDP daemon that accepts "login" TLV records from collectors. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#define TLV_USER 1
#define TLV_TAGS 2

struct session {
    char user[32];
    uint8_t tags[16];
    int ntags;
};

static void handle_record(struct session *s, const uint8_t *p, size_t avail)
{
    while (avail >= 2) {
        uint8_t type = p[0];
        uint8_t len = p[1];
        if ((size_t)len + 2 > avail)
            return;
        if (type == TLV_USER) {
            memcpy(s->user, p + 2, len); /* expect: buffer-overflow */
            s->user[len < sizeof s->user ? len : sizeof s->user - 1] = '\0';
        } else if (type == TLV_TAGS) {
            for (uint8_t i = 0; i < len; i++)
                s->tags[s->ntags++] = p[2 + i]; /* expect: buffer-overflow */
        }
        p += 2 + len;
        avail -= 2 + (size_t)len;
    }
}

int main(void)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr;
    uint8_t pkt[1500];

    if (fd < 0) {
        perror("socket");
        return 1;
    }
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(8126);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("bind");
        close(fd);
        return 1;
    }
    for (;;) {
        struct session s = { .ntags = 0 };
        ssize_t n = recv(fd, pkt, sizeof pkt, 0);
        if (n <= 0)
            continue;
        handle_record(&s, pkt, (size_t)n);
        printf("login from %s with %d tags\n", s.user, s.ntags);
    }
}
