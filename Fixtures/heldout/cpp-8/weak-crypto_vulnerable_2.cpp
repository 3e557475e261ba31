#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

// Stores API tokens for a home-automation hub; only a digest of each token is kept.
namespace hub {

std::string token_digest(const std::string &token)
{
    unsigned char out[20];
    gnutls_hash_fast(GNUTLS_DIG_SHA1, token.data(), token.size(), out); // expect: weak-crypto
    std::ostringstream hex;
    for (unsigned char c : out)
        hex << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(c);
    return hex.str();
}

void remember(SQLite::Database &db, const std::string &device, const std::string &token)
{
    SQLite::Statement ins(db, "INSERT OR REPLACE INTO tokens (device, digest) VALUES (?, ?)");
    ins.bind(1, device);
    ins.bind(2, token_digest(token));
    ins.exec();
}

} // namespace hub

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " DEVICE TOKEN\n";
        return 2;
    }
    try {
        SQLite::Database db("hub.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE IF NOT EXISTS tokens (device TEXT PRIMARY KEY, digest TEXT)");
        hub::remember(db, argv[1], argv[2]);
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
