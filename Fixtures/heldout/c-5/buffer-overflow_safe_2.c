/* linkwatch.c - logs network interfaces going up and down from rtnetlink messages. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>

struct link_event {
    int index;
    unsigned flags;
    char name[IFNAMSIZ];
    unsigned char mac[6];
};

static void parse_link(struct nlmsghdr *nh, struct link_event *ev)
{
    struct ifinfomsg *ifi = NLMSG_DATA(nh);
    int len = (int)IFLA_PAYLOAD(nh);

    ev->index = ifi->ifi_index;
    ev->flags = ifi->ifi_flags;
    for (struct rtattr *rta = IFLA_RTA(ifi); RTA_OK(rta, len); rta = RTA_NEXT(rta, len)) {
        size_t payload = RTA_PAYLOAD(rta);
        if (rta->rta_type == IFLA_IFNAME && payload > 0 && payload <= sizeof ev->name) {
            memcpy(ev->name, RTA_DATA(rta), payload);
            ev->name[sizeof ev->name - 1] = '\0';
        } else if (rta->rta_type == IFLA_ADDRESS && payload == sizeof ev->mac) {
            memcpy(ev->mac, RTA_DATA(rta), sizeof ev->mac);
        }
    }
}

int main(void)
{
    struct sockaddr_nl addr = { .nl_family = AF_NETLINK, .nl_groups = RTMGRP_LINK };
    char buf[8192];
    int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);

    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("netlink");
        return 1;
    }
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        for (struct nlmsghdr *nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (size_t)n); nh = NLMSG_NEXT(nh, n)) {
            struct link_event ev = { 0 };
            if (nh->nlmsg_type != RTM_NEWLINK && nh->nlmsg_type != RTM_DELLINK)
                continue;
            parse_link(nh, &ev);
            printf("%s %s (%d)\n", ev.name, (ev.flags & IFF_UP) ? "up" : "down", ev.index);
        }
    }
    close(fd);
    return 0;
}
