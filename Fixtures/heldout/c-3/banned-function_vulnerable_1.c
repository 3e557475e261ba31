/* uart_cmd.c - AT-style command parser for a Wi-Fi sensor board (newlib, no OS) */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct net_config {
    char ssid[33];
    char passphrase[64];
    uint16_t port;
};

static struct net_config cfg;
extern void uart_write(const char *s);

void handle_command(char *line)
{
    char reply[80];
    char *arg = strchr(line, '=');

    if (arg == NULL) {
        uart_write("ERR\r\n");
        return;
    }
    *arg++ = '\0';
    if (strcmp(line, "AT+SSID") == 0) {
        strcpy(cfg.ssid, arg); /* expect: banned-function */
        sprintf(reply, "OK SSID=%s\r\n", cfg.ssid); /* expect: banned-function */
    } else if (strcmp(line, "AT+PASS") == 0) {
        strcpy(cfg.passphrase, arg); /* expect: banned-function */
        snprintf(reply, sizeof reply, "OK\r\n");
    } else {
        snprintf(reply, sizeof reply, "ERR unknown\r\n");
    }
    uart_write(reply);
}
