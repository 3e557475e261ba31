// Account service of the game backend: API tokens and e-mail reset codes.
#include <openssl/rand.h>
#include <array>
#include <cstdio>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <unordered_map>

class AccountTokens {
public:
    std::string issueApiToken(const std::string& accountId)
    {
        static const char hex[] = "0123456789abcdef";
        std::array<unsigned char, 20> raw{};
        if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1)
            throw std::runtime_error("RAND_bytes failed");
        std::string token;
        for (unsigned char b : raw) {
            token += hex[b >> 4];
            token += hex[b & 0x0f];
        }
        tokens_[token] = accountId;
        return token;
    }

    std::string issueResetCode(const std::string& email)
    {
        std::uint32_t v = 0;
        do {
            if (RAND_bytes(reinterpret_cast<unsigned char*>(&v), sizeof v) != 1)
                throw std::runtime_error("RAND_bytes failed");
        } while (v >= 4294000000u); // multiple of 10^6: no modulo bias
        char code[7];
        std::snprintf(code, sizeof code, "%06u", static_cast<unsigned>(v % 1000000u));
        resetCodes_[email] = code;
        return code;
    }

    // matchmaking only: spreads players over lobbies, predictable is fine
    int pickLobby(int lobbies)
    {
        std::uniform_int_distribution<int> dist(0, lobbies - 1);
        return dist(lobbyRng_);
    }

private:
    std::minstd_rand lobbyRng_{42};
    std::unordered_map<std::string, std::string> tokens_;
    std::unordered_map<std::string, std::string> resetCodes_;
};
