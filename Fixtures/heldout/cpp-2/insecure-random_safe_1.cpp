// api_keys.cpp - issues API keys for the developer portal.
#include <openssl/rand.h>
#include <stdexcept>
#include <string>
#include <unordered_map>

class ApiKeyIssuer {
public:
    std::string issue(const std::string& account) {
        static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        unsigned char raw[40];
        if (RAND_bytes(raw, sizeof raw) != 1)
            throw std::runtime_error("RAND_bytes failed");
        std::string key = "pk_";
        for (unsigned char b : raw)
            key += alphabet[b % 64];
        keys_[key] = account;
        return key;
    }

private:
    std::unordered_map<std::string, std::string> keys_;
};
