// session_cookie.cpp - signs and encrypts session cookies for the admin panel.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string>
#include <vector>

namespace admin {

std::string sign_cookie(const std::string& key, const std::string& payload) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    HMAC(EVP_md5(), key.data(), static_cast<int>(key.size()), // expect: weak-crypto
         reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), mac, &len);
    return std::string(reinterpret_cast<const char*>(mac), len);
}

std::vector<unsigned char> encrypt_cookie(const unsigned char key[8], const std::string& payload) {
    std::vector<unsigned char> out(payload.size() + 8);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0;
    if (ctx != nullptr &&
        EVP_EncryptInit_ex(ctx, EVP_des_ecb(), nullptr, key, nullptr) == 1 && // expect: weak-crypto
        EVP_EncryptUpdate(ctx, out.data(), &n, reinterpret_cast<const unsigned char*>(payload.data()),
                          static_cast<int>(payload.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx, out.data() + n, &tail) == 1) {
        out.resize(static_cast<std::size_t>(n + tail));
    } else {
        out.clear();
    }
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

}  // namespace admin
