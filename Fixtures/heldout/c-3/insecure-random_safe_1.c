/* factory_defaults_safe.c - per-unit credentials from the kernel CSPRNG */
#include <stdio.h>
#include <stdint.h>
#include <sys/random.h>

static const char charset[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

static int random_string(char *out, size_t len)
{
    uint8_t buf[64];
    size_t i = 0;

    while (i < len) {
        if (getrandom(buf, sizeof buf, 0) != (ssize_t)sizeof buf)
            return -1;
        for (size_t j = 0; j < sizeof buf && i < len; j++) {
            if (buf[j] >= 256 - 256 % (sizeof charset - 1))
                continue;
            out[i++] = charset[buf[j] % (sizeof charset - 1)];
        }
    }
    out[len] = '\0';
    return 0;
}

int main(void)
{
    char wpa_key[17];
    if (random_string(wpa_key, 16) != 0)
        return 1;
    printf("label: WPA %s\n", wpa_key);
    return 0;
}
