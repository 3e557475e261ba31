#include <SQLiteCpp/SQLiteCpp.h>
#include <cstdint>
#include <iostream>
#include <stdexcept>
#include <string>
#include <sys/random.h>

// Issues invitation codes that let a new member join a private club.
class InviteBook {
public:
    explicit InviteBook(const std::string &path) : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
    {
        db_.exec("CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, sponsor TEXT)");
    }

    std::string issue(const std::string &sponsor)
    {
        static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789ab";  // 32 symbols
        std::uint8_t raw[10];
        if (getrandom(raw, sizeof raw, 0) != static_cast<ssize_t>(sizeof raw))
            throw std::runtime_error("no entropy");
        std::string code;
        for (std::uint8_t b : raw)
            code += alphabet[b & 31];
        SQLite::Statement ins(db_, "INSERT INTO invites (code, sponsor) VALUES (?, ?)");
        ins.bind(1, code);
        ins.bind(2, sponsor);
        ins.exec();
        return code;
    }

private:
    SQLite::Database db_;
};

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " SPONSOR\n";
        return 2;
    }
    InviteBook book("club.db");
    std::cout << book.issue(argv[1]) << '\n';
    return 0;
}
