/* votes.c - tallies votes sent by the classroom clickers over TCP. */
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

#define OPTIONS 8

struct vote_hdr {
    uint8_t option;
    uint8_t voter_len;
};

int handle_client(int fd, unsigned counts[OPTIONS])
{
    struct vote_hdr hdr;
    char voter[32];

    while (recv(fd, &hdr, sizeof hdr, MSG_WAITALL) == sizeof hdr) {
        if (hdr.voter_len >= sizeof voter || hdr.option >= OPTIONS)
            break;
        if (recv(fd, voter, hdr.voter_len, MSG_WAITALL) != hdr.voter_len)
            return -1;
        voter[hdr.voter_len] = '\0';
        counts[hdr.option]++;
        printf("%s voted for %u\n", voter, (unsigned)hdr.option);
    }
    close(fd);
    return 0;
}
