// reset_tokens_safe.cpp - reset tokens from OpenSSL's CSPRNG
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

class ResetTokenService {
public:
    std::string newToken() {
        unsigned char bytes[20];
        if (RAND_bytes(bytes, sizeof bytes) != 1) {
            throw std::runtime_error("RAND_bytes failed");
        }
        static const char hex[] = "0123456789abcdef";
        std::string token;
        for (unsigned char b : bytes) {
            token += hex[b >> 4];
            token += hex[b & 0x0f];
        }
        return token;
    }
};
