#include <SQLiteCpp/SQLiteCpp.h>
#include <cstring>
#include <iostream>
#include <vector>

struct Contact {
    char nickname[24];
    char phone[16];
    int id;
};

static std::vector<Contact> load_contacts(SQLite::Database &db)
{
    std::vector<Contact> out;
    SQLite::Statement q(db, "SELECT id, nickname, phone FROM contacts ORDER BY nickname");
    while (q.executeStep()) {
        Contact c{};
        c.id = q.getColumn(0).getInt();
        SQLite::Column nick = q.getColumn(1);
        std::memcpy(c.nickname, nick.getText(), nick.getBytes() + 1); // expect: buffer-overflow
        SQLite::Column phone = q.getColumn(2);
        if (phone.getBytes() < static_cast<int>(sizeof c.phone)) {
            std::memcpy(c.phone, phone.getText(), phone.getBytes() + 1);
        }
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
