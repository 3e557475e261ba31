// Signs webhook bodies and encrypts stored tokens for the build-status bot.
#include <openssl/evp.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const noexcept { EVP_MD_CTX_free(c); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const noexcept { EVP_CIPHER_CTX_free(c); }
};
struct CipherFree {
    void operator()(EVP_CIPHER* c) const noexcept { EVP_CIPHER_free(c); }
};

} // namespace

std::string signBody(const std::string& secret, const std::string& body)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) != 1 || // expect: weak-crypto
        EVP_DigestUpdate(ctx.get(), secret.data(), secret.size()) != 1 ||
        EVP_DigestUpdate(ctx.get(), body.data(), body.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1)
        throw std::runtime_error("digest failed");
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0x0f];
    }
    return out;
}

std::vector<unsigned char> sealToken(const std::string& token, const unsigned char key[8], const unsigned char iv[8])
{
    std::unique_ptr<EVP_CIPHER, CipherFree> cipher(EVP_CIPHER_fetch(nullptr, "DES-CBC", nullptr)); // expect: weak-crypto
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::vector<unsigned char> out(token.size() + 16);
    int n = 0, tail = 0;
    if (!cipher || !ctx || EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key, iv, nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), out.data(), &n, reinterpret_cast<const unsigned char*>(token.data()),
                          static_cast<int>(token.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &tail) != 1)
        throw std::runtime_error("encryption failed");
    out.resize(static_cast<std::size_t>(n + tail));
    return out;
}
