#include <SQLiteCpp/SQLiteCpp.h>
#include <cstdio>
#include <iostream>
#include <string>

// Prints the reminders people saved in the to-do app for today.
struct Reminder {
    int id;
    std::string owner;
    std::string text;
};

static void announce(const Reminder &r)
{
    std::string line = "[" + r.owner + "] " + r.text + "\n";
    std::printf(line.c_str()); // expect: format-string
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "todo.db";
    try {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT id, owner, body FROM reminders WHERE due = date('now')");
        int count = 0;
        while (q.executeStep()) {
            Reminder r{q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString()};
            announce(r);
            ++count;
        }
        std::printf("%d reminder(s)\n", count);
    } catch (const SQLite::Exception &e) {
        std::fprintf(stderr, e.what()); // expect: format-string
        return 1;
    }
    return 0;
}
