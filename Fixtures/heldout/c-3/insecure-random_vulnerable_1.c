/* factory_defaults.c - generate the per-unit admin password and Wi-Fi key at first boot */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const char charset[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

static void random_string(char *out, size_t len)
{
    for (size_t i = 0; i < len; i++)
        out[i] = charset[rand() % (sizeof charset - 1)]; /* expect: insecure-random */
    out[len] = '\0';
}

int main(void)
{
    char admin_pw[13];
    char wpa_key[17];
    FILE *fp;

    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    random_string(admin_pw, 12);
    random_string(wpa_key, 16);

    fp = fopen("/etc/factory/credentials", "w");
    if (fp == NULL)
        return 1;
    fprintf(fp, "admin=%s\nwpa=%s\n", admin_pw, wpa_key);
    fclose(fp);
    printf("label: WPA %s\n", wpa_key);
    return 0;
}
