// Terminal address book: a curses form fills one fixed-size record per contact.
#include <curses.h>
#include <cstdio>
#include <fstream>
#include <string>

struct ContactRecord {
    char name[32];
    char phone[20];
    char label[64];
};

class AddressBookForm {
public:
    explicit AddressBookForm(const std::string &path) : out_(path, std::ios::binary | std::ios::app) {}

    void run() {
        initscr();
        echo();
        ContactRecord rec{};
        std::string name = prompt(1, "Name: ");
        std::string phone = prompt(2, "Phone: ");
        std::snprintf(rec.name, sizeof rec.name, "%s", name.c_str());
        std::snprintf(rec.phone, sizeof rec.phone, "%s", phone.c_str());
        std::snprintf(rec.label, sizeof rec.label, "%s %s", rec.name, rec.phone);
        out_.write(reinterpret_cast<const char *>(&rec), sizeof rec);
        endwin();
    }

private:
    std::string prompt(int row, const char *label) {
        char buf[128];
        mvaddstr(row, 0, label);
        getnstr(buf, sizeof buf - 1);
        return buf;
    }

    std::ofstream out_;
};

int main() {
    AddressBookForm form("contacts.db");
    form.run();
    return 0;
}
