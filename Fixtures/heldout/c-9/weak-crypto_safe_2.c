/* Kiosk admin tool: sets the local operator password stored in /etc/kiosk/operators. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>

static const char *hash_password(const char *password)
{
    const char *salt = crypt_gensalt("$y$", 0, NULL, 0);

    if (salt == NULL)
        return NULL;
    return crypt(password, salt);
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
