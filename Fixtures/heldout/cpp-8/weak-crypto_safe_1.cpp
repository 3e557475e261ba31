#include <gcrypt.h>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

// Desktop password vault: derives the vault key and encrypts entries.
class Vault {
public:
    Vault(const std::string &master, const std::string &salt) : key_(32)
    {
        gcry_kdf_derive(master.data(), master.size(), GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
                        salt.data(), salt.size(), 310000, key_.size(), key_.data());
    }

    std::string seal(std::string entry) const
    {
        unsigned char iv[12];
        gcry_randomize(iv, sizeof iv, GCRY_STRONG_RANDOM);
        gcry_cipher_hd_t h;
        if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0)
            return {};
        gcry_cipher_setkey(h, key_.data(), key_.size());
        gcry_cipher_setiv(h, iv, sizeof iv);
        gcry_cipher_encrypt(h, entry.data(), entry.size(), nullptr, 0);
        unsigned char tag[16];
        gcry_cipher_gettag(h, tag, sizeof tag);
        gcry_cipher_close(h);
        return hex(std::string(reinterpret_cast<char *>(iv), sizeof iv)) + hex(entry) +
               hex(std::string(reinterpret_cast<char *>(tag), sizeof tag));
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
    Vault vault(argv[1], "vault-salt-2026");
    std::cout << vault.seal(argv[2]) << '\n';
    return 0;
}
