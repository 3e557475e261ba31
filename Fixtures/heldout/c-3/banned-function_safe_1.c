/* uart_cmd_safe.c - the same AT parser with bounded copies */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct net_config {
    char ssid[33];
    char passphrase[64];
};

static struct net_config cfg;
extern void uart_write(const char *s);

static int copy_field(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        return -1;
    memcpy(dst, src, n + 1);
    return 0;
}

void handle_command(char *line)
{
    char reply[80];
    char *arg = strchr(line, '=');

    if (arg == NULL) {
        uart_write("ERR\r\n");
        return;
    }
    *arg++ = '\0';
    if (strcmp(line, "AT+SSID") == 0 && copy_field(cfg.ssid, sizeof cfg.ssid, arg) == 0)
        snprintf(reply, sizeof reply, "OK SSID=%s\r\n", cfg.ssid);
    else if (strcmp(line, "AT+PASS") == 0 && copy_field(cfg.passphrase, sizeof cfg.passphrase, arg) == 0)
        snprintf(reply, sizeof reply, "OK\r\n");
    else
        snprintf(reply, sizeof reply, "ERR\r\n");
    uart_write(reply);
}
