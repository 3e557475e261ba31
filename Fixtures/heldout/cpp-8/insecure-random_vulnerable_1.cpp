#include <SQLiteCpp/SQLiteCpp.h>
#include <chrono>
#include <iostream>
#include <random>
#include <string>

// Issues invitation codes that let a new member join a private club.
class InviteBook {
public:
    explicit InviteBook(const std::string &path)
        : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE),
          gen_(static_cast<std::minstd_rand::result_type>(
              std::chrono::steady_clock::now().time_since_epoch().count()))
    {
        db_.exec("CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, sponsor TEXT)");
    }

    std::string issue(const std::string &sponsor)
    {
        static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
        std::string code;
        for (int i = 0; i < 10; ++i)
            code += alphabet[gen_() % (sizeof alphabet - 1)]; // expect: insecure-random
        SQLite::Statement ins(db_, "INSERT INTO invites (code, sponsor) VALUES (?, ?)");
        ins.bind(1, code);
        ins.bind(2, sponsor);
        ins.exec();
        return code;
    }

private:
    SQLite::Database db_;
    std::minstd_rand gen_;
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
