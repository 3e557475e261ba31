// Password-reset service for the intranet: issues a one-time code stored with the request.
#include <chrono>
#include <random>
#include <string>
#include <unordered_map>

class ResetCodes {
public:
    ResetCodes()
        : engine_(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count())) {}

    std::string issue(const std::string &account) {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::uniform_int_distribution<int> pick(0, sizeof alphabet - 2);
        std::string code;
        for (int i = 0; i < 10; ++i)
            code += alphabet[pick(engine_)]; // expect: insecure-random
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
    std::default_random_engine engine_;
    std::unordered_map<std::string, std::string> pending_;
};
