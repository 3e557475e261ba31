// savegame.cpp - encrypt save files and sign cloud uploads
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class SaveCrypto {
public:
    explicit SaveCrypto(std::vector<unsigned char> key) : key_(std::move(key)) {}

    std::vector<unsigned char> seal(const std::string& json) const {
        std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
        if (!ctx) {
            throw std::runtime_error("no cipher context");
        }
        std::vector<unsigned char> out(json.size() + 16);
        int n = 0, fin = 0;
        if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ecb(), nullptr, key_.data(), nullptr) != 1 || // expect: weak-crypto
            EVP_EncryptUpdate(ctx.get(), out.data(), &n, reinterpret_cast<const unsigned char*>(json.data()),
                              static_cast<int>(json.size())) != 1 ||
            EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &fin) != 1) {
            throw std::runtime_error("encryption failed");
        }
        out.resize(static_cast<std::size_t>(n + fin));
        return out;
    }

    std::string uploadSignature(const std::vector<unsigned char>& blob) const {
        std::vector<unsigned char> material(key_);
        material.insert(material.end(), blob.begin(), blob.end());
        unsigned char digest[SHA_DIGEST_LENGTH];
        SHA1(material.data(), material.size(), digest); // expect: weak-crypto
        return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
    }

private:
    std::vector<unsigned char> key_;
};
