#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct lease {
    char mac[18];
    time_t expires;
    struct lease *next;
};

static struct lease *leases;

static int add_lease(const char *mac, time_t expires)
{
    struct lease *l = malloc(sizeof *l);
    if (!l) return -1;
    snprintf(l->mac, sizeof l->mac, "%s", mac);
    l->expires = expires;
    l->next = leases;
    leases = l;
    return 0;
}

static int expire_leases(time_t now)
{
    int dropped = 0;
    struct lease **link = &leases;
    struct lease *l = leases;
    while (l) {
        struct lease *next = l->next;
        if (l->expires <= now) {
            *link = next;
            free(l);
            dropped++;
        } else {
            link = &l->next;
        }
        l = next;
    }
    return dropped;
}

int main(int argc, char **argv)
{
    FILE *db = fopen(argc > 1 ? argv[1] : "/var/lib/misc/leases.txt", "r");
    if (!db) { perror("leases"); return 1; }
    char mac[18];
    long long exp;
    while (fscanf(db, "%17s %lld", mac, &exp) == 2)
        if (add_lease(mac, (time_t)exp) != 0) break;
    fclose(db);
    printf("expired %d lease(s)\n", expire_leases(time(NULL)));
    for (struct lease *n = leases, *nx; n; n = nx) {
        nx = n->next;
        free(n);
    }
    return 0;
}
