/* invites.c - issues club invitation codes into the members database (SQLite). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

static const char ALPHABET[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

static void new_code(char *out, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        out[i] = ALPHABET[rand() % (sizeof ALPHABET - 1)]; /* expect: insecure-random */
    out[len - 1] = '\0';
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
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    for (int i = 0; i < count; i++) {
        char code[11];
        new_code(code, sizeof code);
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
