// api_keys.cpp - issues API keys for the developer portal.
#include <chrono>
#include <random>
#include <string>
#include <unordered_map>

class ApiKeyIssuer {
public:
    ApiKeyIssuer() : gen_(static_cast<std::mt19937::result_type>(std::chrono::system_clock::now().time_since_epoch().count())) {}

    std::string issue(const std::string& account) {
        static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
        std::string key = "pk_";
        for (int i = 0; i < 40; ++i)
            key += alphabet[pick(gen_)]; // expect: insecure-random
        keys_[key] = account;
        return key;
    }

    unsigned webhook_secret() {
        std::uniform_int_distribution<unsigned> any;
        return any(gen_); // expect: insecure-random
    }

private:
    std::mt19937 gen_;
    std::unordered_map<std::string, std::string> keys_;
};
