// Signs webhook bodies and encrypts stored tokens for the build-status bot.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const noexcept { EVP_CIPHER_CTX_free(c); }
};
struct CipherFree {
    void operator()(EVP_CIPHER* c) const noexcept { EVP_CIPHER_free(c); }
};

} // namespace

std::string signBody(const std::string& secret, const std::string& body)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    if (HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
             reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len) == nullptr)
        throw std::runtime_error("hmac failed");
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += hex[mac[i] >> 4];
        out += hex[mac[i] & 0x0f];
    }
    return out;
}

// output: 12-byte IV, ciphertext, 16-byte tag
std::vector<unsigned char> sealToken(const std::string& token, const unsigned char key[32])
{
    std::unique_ptr<EVP_CIPHER, CipherFree> cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::vector<unsigned char> out(12 + token.size() + 16);
    int n = 0, tail = 0;
    if (!cipher || !ctx || RAND_bytes(out.data(), 12) != 1 ||
        EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key, out.data(), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), out.data() + 12, &n, reinterpret_cast<const unsigned char*>(token.data()),
                          static_cast<int>(token.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + 12 + n, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, out.data() + 12 + n + tail) != 1)
        throw std::runtime_error("encryption failed");
    out.resize(static_cast<std::size_t>(12 + n + tail + 16));
    return out;
}
