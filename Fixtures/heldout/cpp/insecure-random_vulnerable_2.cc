// reset.cpp - password reset flow for the student portal
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>

class ResetService {
public:
    std::string start(const std::string& email)
    {
        std::default_random_engine engine(email.size() * 7919u);
        std::uniform_int_distribution<int> digit(0, 9);
        std::string code;
        for (int i = 0; i < 6; ++i)
            code += static_cast<char>('0' + digit(engine)); // expect: insecure-random
        pending_[email] = code;
        return code;
    }

    std::string temporary_password()
    {
        std::string pw;
        for (int i = 0; i < 10; ++i)
            pw += static_cast<char>('a' + std::rand() % 26); // expect: insecure-random
        return pw;
    }

    bool confirm(const std::string& email, const std::string& code) const
    {
        auto it = pending_.find(email);
        return it != pending_.end() && it->second == code;
    }

private:
    std::unordered_map<std::string, std::string> pending_;
};
