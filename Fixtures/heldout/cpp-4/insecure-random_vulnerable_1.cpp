// Account service of the game backend: API tokens and e-mail reset codes.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <unordered_map>

class AccountTokens {
public:
    AccountTokens() : engine_(std::random_device{}()) { std::srand(static_cast<unsigned>(std::time(nullptr))); }

    std::string issueApiToken(const std::string& accountId)
    {
        static const char hex[] = "0123456789abcdef";
        std::uniform_int_distribution<int> nibble(0, 15);
        std::string token;
        for (int i = 0; i < 40; ++i)
            token += hex[nibble(engine_)]; // expect: insecure-random
        tokens_[token] = accountId;
        return token;
    }

    std::string issueResetCode(const std::string& email)
    {
        char code[7];
        std::snprintf(code, sizeof code, "%06d", std::rand() % 1000000); // expect: insecure-random
        resetCodes_[email] = code;
        return code;
    }

private:
    std::mt19937 engine_;
    std::unordered_map<std::string, std::string> tokens_;
    std::unordered_map<std::string, std::string> resetCodes_;
};
