// user_store.cpp - accounts for a small club management tool
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <string>
#include <vector>

std::string hex(const unsigned char* p, std::size_t n) {
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        s += digits[p[i] >> 4];
        s += digits[p[i] & 15];
    }
    return s;
}

std::string password_hash(const std::string& password, const std::string& salt) {
    const std::string salted = salt + password;
    unsigned char digest[MD5_DIGEST_LENGTH];
    MD5(reinterpret_cast<const unsigned char*>(salted.data()), salted.size(), digest); // expect: weak-crypto
    return hex(digest, sizeof digest);
}

std::vector<unsigned char> encrypt_export(const std::vector<unsigned char>& plain, const unsigned char* key,
                                          const unsigned char* iv) {
    std::vector<unsigned char> out(plain.size() + 16);
    int n = 0, fin = 0;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (ctx == nullptr) {
        return {};
    }
    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), nullptr, key, iv); // expect: weak-crypto
    EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size()));
    EVP_EncryptFinal_ex(ctx, out.data() + n, &fin);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(static_cast<std::size_t>(n + fin));
    return out;
}
