// Password-reset service for the intranet: issues a one-time code stored with the request.
#include <openssl/rand.h>
#include <stdexcept>
#include <string>
#include <unordered_map>

class ResetCodes {
public:
    std::string issue(const std::string &account) {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        unsigned char raw[10];
        if (RAND_bytes(raw, sizeof raw) != 1)
            throw std::runtime_error("no randomness");
        std::string code;
        for (unsigned char b : raw)
            code += alphabet[b % 32];
        pending_[account] = code;
        return code;
    }

    bool redeem(const std::string &account, const std::string &code) {
        auto it = pending_.find(account);
        if (it == pending_.end() || it->second != code)
            return false;
        pending_.erase(it);
        return true;
    }

private:
    std::unordered_map<std::string, std::string> pending_;
};
