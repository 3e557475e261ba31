/* invites.c - issues club invitation codes into the members database (SQLite). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/random.h>
#include <sqlite3.h>

static const char ALPHABET[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/* Rejection sampling over getrandom() bytes: no modulo bias, no predictable seed. */
static int new_code(char *out, size_t len)
{
    const unsigned limit = 256 - (256 % (sizeof ALPHABET - 1));
    size_t i = 0;

    while (i + 1 < len) {
        unsigned char b;
        if (getrandom(&b, 1, 0) != 1)
            return -1;
        if (b < limit)
            out[i++] = ALPHABET[b % (sizeof ALPHABET - 1)];
    }
    out[len - 1] = '\0';
    return 0;
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    sqlite3_stmt *ins;
    int count = argc > 1 ? atoi(argv[1]) : 1;

    if (sqlite3_open("members.db", &db) != SQLITE_OK) {
        fprintf(stderr, "members.db: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    if (sqlite3_prepare_v2(db, "INSERT INTO invite(code, expires) VALUES(?1, ?2)", -1, &ins, NULL) != SQLITE_OK) {
        fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    for (int i = 0; i < count; i++) {
        char code[11];
        if (new_code(code, sizeof code) != 0)
            break;
        sqlite3_bind_text(ins, 1, code, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(ins, 2, (sqlite3_int64)time(NULL) + 14 * 86400);
        if (sqlite3_step(ins) == SQLITE_DONE)
            printf("%s\n", code);
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return 0;
}
