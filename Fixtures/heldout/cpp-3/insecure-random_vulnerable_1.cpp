// reset_tokens.cpp - password reset links for the intranet portal
#include <chrono>
#include <random>
#include <string>

class ResetTokenService {
public:
    ResetTokenService()
        : engine_(static_cast<std::mt19937_64::result_type>(
              std::chrono::steady_clock::now().time_since_epoch().count())) {}

    std::string newToken() {
        static const char hex[] = "0123456789abcdef";
        std::uniform_int_distribution<int> nibble(0, 15);
        std::string token;
        for (int i = 0; i < 40; ++i) {
            token += hex[nibble(engine_)]; // expect: insecure-random
        }
        return token;
    }

    std::string resetLink(const std::string& user) {
        return "https://portal.example.org/reset?u=" + user + "&t=" + newToken();
    }

private:
    std::mt19937_64 engine_;
};
