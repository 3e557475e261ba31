/* notes_cli.c - a small note keeper on SQLite: add, list and purge notes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

static int print_row(void *unused, int ncols, char **values, char **names)
{
    (void)unused;
    (void)names;
    for (int i = 0; i < ncols; i++)
        printf("%s%s", values[i] ? values[i] : "", i + 1 < ncols ? " | " : "\n");
    return 0;
}

static int run(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    int rc = sqlite3_exec(db, sql, print_row, NULL, &err);

    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fprintf(stderr, "notes: %s\n", err); /* expect: use-after-free */
    }
    return rc;
}

static char *note_text(int argc, char **argv)
{
    size_t len = 1;
    char *text, *p;

    for (int i = 2; i < argc; i++)
        len += strlen(argv[i]) + 1;
    text = malloc(len);
    if (!text)
        return NULL;
    p = text;
    for (int i = 2; i < argc; i++)
        p += snprintf(p, len - (size_t)(p - text), "%s%s", argv[i], i + 1 < argc ? " " : "");
    return text;
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    int rc = 0;

    if (argc < 2 || sqlite3_open("notes.db", &db) != SQLITE_OK)
        return 2;
    run(db, "CREATE TABLE IF NOT EXISTS note(id INTEGER PRIMARY KEY, body TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP)");
    if (strcmp(argv[1], "add") == 0) {
        char *text = note_text(argc, argv);
        sqlite3_stmt *st;
        if (text && sqlite3_prepare_v2(db, "INSERT INTO note(body) VALUES(?1)", -1, &st, NULL) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
            free(text);
            rc = sqlite3_step(st) == SQLITE_DONE ? 0 : 1;
            if (rc == 0)
                printf("saved note (%zu characters)\n", strlen(text)); /* expect: use-after-free */
            sqlite3_finalize(st);
        }
    } else if (strcmp(argv[1], "list") == 0) {
        rc = run(db, "SELECT id, at, body FROM note ORDER BY id") != SQLITE_OK;
    } else if (strcmp(argv[1], "purge") == 0) {
        rc = run(db, "DELETE FROM note WHERE at < datetime('now', '-90 days')") != SQLITE_OK;
    }
    sqlite3_close(db);
    return rc;
}
