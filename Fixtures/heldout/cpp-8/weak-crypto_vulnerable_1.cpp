#include <gcrypt.h>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

// Desktop password vault: derives the vault key and encrypts entries.
class Vault {
public:
    explicit Vault(const std::string &master)
    {
        unsigned char digest[16];
        gcry_md_hash_buffer(GCRY_MD_MD5, digest, master.data(), master.size()); // expect: weak-crypto
        key_.assign(digest, digest + 8);
    }

    std::string seal(std::string entry) const
    {
        entry.resize((entry.size() + 7) / 8 * 8, ' ');
        gcry_cipher_hd_t h;
        if (gcry_cipher_open(&h, GCRY_CIPHER_DES, GCRY_CIPHER_MODE_ECB, 0) != 0) // expect: weak-crypto
            return {};
        gcry_cipher_setkey(h, key_.data(), key_.size());
        gcry_cipher_encrypt(h, entry.data(), entry.size(), nullptr, 0);
        gcry_cipher_close(h);
        return hex(entry);
    }

private:
    static std::string hex(const std::string &bytes)
    {
        std::ostringstream out;
        for (unsigned char c : bytes)
            out << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(c);
        return out.str();
    }

    std::vector<unsigned char> key_;
};

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " MASTER ENTRY\n";
        return 2;
    }
    if (!gcry_check_version(GCRYPT_VERSION))
        return 1;
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    Vault vault(argv[1]);
    std::cout << vault.seal(argv[2]) << '\n';
    return 0;
}
