/* Kiosk admin tool: sets the local operator password stored in /etc/kiosk/operators. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

static const char salt_chars[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static const char *hash_password(const char *password)
{
    unsigned char raw[8];
    char salt[16] = "$1$";

    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return NULL;
    for (size_t i = 0; i < sizeof raw; i++)
        salt[3 + i] = salt_chars[raw[i] % 64];
    salt[11] = '$';
    return crypt(password, salt); // expect: weak-crypto
}

int main(int argc, char **argv)
{
    char password[128];
    const char *hashed;
    FILE *db;

    if (argc != 2 || fgets(password, sizeof password, stdin) == NULL)
        return 2;
    password[strcspn(password, "\n")] = '\0';
    hashed = hash_password(password);
    if (hashed == NULL || hashed[0] == '*')
        return 1;
    db = fopen("/etc/kiosk/operators", "a");
    if (db == NULL)
        return 1;
    fprintf(db, "%s:%s\n", argv[1], hashed);
    fclose(db);
    return 0;
}
