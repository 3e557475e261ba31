// session_cookie.cpp - signs session cookies for the admin panel.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string>

namespace admin {

std::string sign_cookie(const std::string& key, const std::string& payload) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), mac, &len);
    return std::string(reinterpret_cast<const char*>(mac), len);
}

bool verify_cookie(const std::string& key, const std::string& payload, const std::string& mac) {
    const std::string expected = sign_cookie(key, payload);
    return expected.size() == mac.size() && CRYPTO_memcmp(expected.data(), mac.data(), mac.size()) == 0;
}

}  // namespace admin
