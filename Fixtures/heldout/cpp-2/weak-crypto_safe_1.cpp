// credential_store.cpp - local credential cache for the VPN client.
#include <openssl/evp.h>
#include <stdexcept>
#include <string>
#include <vector>

class CredentialStore {
public:
    static constexpr int kIterations = 600000;

    static std::vector<unsigned char> password_hash(const std::string& salt, const std::string& password) {
        std::vector<unsigned char> out(32);
        if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                              reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                              kIterations, EVP_sha256(), static_cast<int>(out.size()), out.data()) != 1)
            throw std::runtime_error("pbkdf2 failed");
        return out;
    }

    static std::string legacy_notice() {
        return "hashes written before 3.0 (sha1 / rc4) are re-derived at next login";
    }
};
