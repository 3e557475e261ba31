// credential_store.cpp - local credential cache for the VPN client.
#include <openssl/evp.h>
#include <stdexcept>
#include <string>
#include <vector>

class CredentialStore {
public:
    static std::vector<unsigned char> password_hash(const std::string& salt, const std::string& password) {
        std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
        unsigned len = 0;
        const std::string input = salt + password;
        if (EVP_Digest(input.data(), input.size(), out.data(), &len, EVP_sha1(), nullptr) != 1) // expect: weak-crypto
            throw std::runtime_error("digest failed");
        out.resize(len);
        return out;
    }

    static std::vector<unsigned char> seal(const std::vector<unsigned char>& key, const std::string& secret) {
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        if (ctx == nullptr)
            throw std::runtime_error("no cipher context");
        std::vector<unsigned char> out(secret.size() + 16);
        int n = 0, tail = 0;
        const bool ok = EVP_EncryptInit_ex(ctx, EVP_rc4(), nullptr, key.data(), nullptr) == 1 && // expect: weak-crypto
                        EVP_EncryptUpdate(ctx, out.data(), &n, reinterpret_cast<const unsigned char*>(secret.data()),
                                          static_cast<int>(secret.size())) == 1 &&
                        EVP_EncryptFinal_ex(ctx, out.data() + n, &tail) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            throw std::runtime_error("encryption failed");
        out.resize(static_cast<std::size_t>(n + tail));
        return out;
    }
};
