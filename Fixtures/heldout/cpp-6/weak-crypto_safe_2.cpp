// libsodium: API client secrets for the partner gateway are stored as Argon2id hashes.
#include <sodium.h>
#include <stdexcept>
#include <string>

class SecretStore {
public:
    static std::string digest(const std::string& secret)
    {
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(out, secret.c_str(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            throw std::runtime_error("out of memory while hashing");
        return out;
    }

    bool matches(const std::string& presented, const std::string& stored) const
    {
        return crypto_pwhash_str_verify(stored.c_str(), presented.c_str(), presented.size()) == 0;
    }
};
