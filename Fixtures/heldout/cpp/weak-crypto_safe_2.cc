// backup_crypt.cpp (fixed) - AES-256-GCM with a random IV per dump
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>
#include <vector>

std::vector<unsigned char> encrypt_dump(const std::vector<unsigned char>& key,
                                        const std::vector<unsigned char>& plain)
{
    unsigned char iv[12];
    if (key.size() != 32 || RAND_bytes(iv, sizeof iv) != 1)
        throw std::runtime_error("bad key or no randomness");
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (ctx == nullptr)
        throw std::runtime_error("no context");

    std::vector<unsigned char> out(sizeof iv + plain.size() + 16);
    std::copy(iv, iv + sizeof iv, out.begin());
    int len = 0, total = 0;
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key.data(), iv) == 1 &&
              EVP_EncryptUpdate(ctx, out.data() + sizeof iv, &len, plain.data(), static_cast<int>(plain.size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + sizeof iv + total, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + sizeof iv + total + len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("encryption failed");
    out.resize(sizeof iv + static_cast<std::size_t>(total + len) + 16);
    return out;
}
