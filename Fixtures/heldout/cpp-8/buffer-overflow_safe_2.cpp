#include <SQLiteCpp/SQLiteCpp.h>
#include <cstring>
#include <iostream>
#include <vector>

struct Contact {
    char nickname[24];
    char phone[16];
    int id;
};

template <std::size_t N>
static bool copy_column(char (&dst)[N], const SQLite::Column &col)
{
    const int len = col.getBytes();
    if (len < 0 || static_cast<std::size_t>(len) >= N)
        return false;
    std::memcpy(dst, col.getText(), static_cast<std::size_t>(len) + 1);
    return true;
}

static std::vector<Contact> load_contacts(SQLite::Database &db)
{
    std::vector<Contact> out;
    SQLite::Statement q(db, "SELECT id, nickname, phone FROM contacts ORDER BY nickname");
    while (q.executeStep()) {
        Contact c{};
        c.id = q.getColumn(0).getInt();
        if (!copy_column(c.nickname, q.getColumn(1)) || !copy_column(c.phone, q.getColumn(2)))
            continue;
        out.push_back(c);
    }
    return out;
}

int main(int argc, char **argv)
{
    try {
        SQLite::Database db(argc > 1 ? argv[1] : "phonebook.db", SQLite::OPEN_READONLY);
        for (const Contact &c : load_contacts(db))
            std::cout << c.id << '\t' << c.nickname << '\t' << c.phone << '\n';
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
