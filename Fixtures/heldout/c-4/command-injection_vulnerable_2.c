/* fingerd-lite: answers "user\r\n" queries on port 7979 with the output of finger(1). */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

static void strip_crlf(char *s)
{
    s[strcspn(s, "\r\n")] = '\0';
}

static void serve(int client)
{
    char query[128];
    char cmd[200];
    char out[512];
    ssize_t n = recv(client, query, sizeof query - 1, 0);
    FILE *p;

    if (n <= 0)
        return;
    query[n] = '\0';
    strip_crlf(query);
    snprintf(cmd, sizeof cmd, "/usr/bin/finger -s %s", query[0] ? query : "");
    p = popen(cmd, "r"); /* expect: command-injection */
    if (p == NULL)
        return;
    while (fgets(out, sizeof out, p) != NULL)
        send(client, out, strlen(out), 0);
    pclose(p);
}

int main(void)
{
    struct sockaddr_in addr;
    int one = 1;
    int srv = socket(AF_INET, SOCK_STREAM, 0);

    if (srv < 0)
        return 1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(7979);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 8) != 0) {
        close(srv);
        return 1;
    }
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        serve(c);
        close(c);
    }
}
