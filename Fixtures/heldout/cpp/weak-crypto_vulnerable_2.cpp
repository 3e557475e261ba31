// backup_crypt.cpp - encrypt nightly database dumps before upload
#include <openssl/evp.h>
#include <stdexcept>
#include <vector>

class Cipher {
public:
    Cipher(const std::vector<unsigned char>& key, bool legacy) : key_(key), legacy_(legacy) {}

    std::vector<unsigned char> encrypt(const std::vector<unsigned char>& plain) const
    {
        const EVP_CIPHER* algo = legacy_
            ? EVP_des_ede3_ecb() // expect: weak-crypto
            : EVP_bf_cbc(); // expect: weak-crypto
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        if (ctx == nullptr)
            throw std::runtime_error("no context");
        std::vector<unsigned char> out(plain.size() + EVP_MAX_BLOCK_LENGTH);
        unsigned char iv[EVP_MAX_IV_LENGTH] = {};
        int len = 0, total = 0;
        bool ok = EVP_EncryptInit_ex(ctx, algo, nullptr, key_.data(), iv) == 1 &&
                  EVP_EncryptUpdate(ctx, out.data(), &len, plain.data(), static_cast<int>(plain.size())) == 1;
        total = len;
        ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + total, &len) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            throw std::runtime_error("encryption failed");
        out.resize(static_cast<std::size_t>(total + len));
        return out;
    }

private:
    std::vector<unsigned char> key_;
    bool legacy_;
};
