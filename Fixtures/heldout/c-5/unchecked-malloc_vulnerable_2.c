/* nldump.c - dumps the kernel's routing table over rtnetlink, growing the receive buffer as needed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

struct route_table {
    struct rtmsg *entries;
    size_t count, cap;
};

static void table_add(struct route_table *t, const struct rtmsg *rt)
{
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 32;
        t->entries = realloc(t->entries, t->cap * sizeof *t->entries); /* expect: unchecked-malloc */
    }
    t->entries[t->count++] = *rt;
}

int dump_routes(int fd, struct route_table *t)
{
    size_t bufsize = 4096;
    char *buf = malloc(bufsize); /* expect: unchecked-malloc */
    int done = 0;

    while (!done) {
        ssize_t n = recv(fd, buf, bufsize, MSG_PEEK | MSG_TRUNC);
        if (n < 0)
            break;
        if ((size_t)n > bufsize) {
            char *bigger = realloc(buf, (size_t)n);
            if (!bigger)
                break;
            buf = bigger;
            bufsize = (size_t)n;
        }
        n = recv(fd, buf, bufsize, 0);
        for (struct nlmsghdr *nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (size_t)n); nh = NLMSG_NEXT(nh, n)) {
            if (nh->nlmsg_type == NLMSG_DONE) {
                done = 1;
                break;
            }
            if (nh->nlmsg_type == RTM_NEWROUTE)
                table_add(t, NLMSG_DATA(nh));
        }
    }
    free(buf);
    return done ? 0 : -1;
}
