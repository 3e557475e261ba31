/* kiosk_demo.c - fills the kiosk's demo screen with a random walk of visitor counts (no accounts involved). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/random.h>

int store_account(const char *login, const char *salt, const char *temp_password);

static void demo_series(int *counts, size_t n)
{
    srand48(time(NULL));
    counts[0] = 40;
    for (size_t i = 1; i < n; i++) {
        long step = lrand48() % 7 - 3;
        counts[i] = counts[i - 1] + (int)step < 0 ? 0 : counts[i - 1] + (int)step;
    }
}

static int fill_salt(char *salt, size_t n)
{
    static const char b64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned char raw[64];

    if (n > sizeof raw || getrandom(raw, n, 0) != (ssize_t)n)
        return -1;
    for (size_t i = 0; i + 1 < n; i++)
        salt[i] = b64[raw[i] & 63];
    salt[n - 1] = '\0';
    return 0;
}

int main(void)
{
    int counts[24];
    char salt[17];

    demo_series(counts, 24);
    for (size_t i = 0; i < 24; i++)
        printf("%02zu:00 %d\n", i, counts[i]);
    if (fill_salt(salt, sizeof salt) != 0)
        return 1;
    return store_account("demo", salt, "") == 0 ? 0 : 1;
}
