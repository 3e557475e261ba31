// user_store_safe.cpp - PBKDF2-HMAC-SHA256 password hashes, AES-256-GCM exports
#include <openssl/evp.h>
#include <stdexcept>
#include <string>
#include <vector>

std::vector<unsigned char> password_hash(const std::string& password, const std::vector<unsigned char>& salt) {
    std::vector<unsigned char> out(32);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                          static_cast<int>(salt.size()), 600000, EVP_sha256(), static_cast<int>(out.size()),
                          out.data()) != 1) {
        throw std::runtime_error("pbkdf2 failed");
    }
    return out;
}

std::vector<unsigned char> encrypt_export(const std::vector<unsigned char>& plain, const unsigned char key[32],
                                          const unsigned char iv[12], unsigned char tag[16]) {
    std::vector<unsigned char> out(plain.size());
    int n = 0, fin = 0;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (ctx == nullptr) {
        throw std::runtime_error("no cipher context");
    }
    const bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, iv) == 1 &&
                    EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx, out.data() + n, &fin) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        throw std::runtime_error("encryption failed");
    }
    return out;
}
