// tokens.cpp - API keys and invite codes for the club website backend
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

std::string make_api_key()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static std::mt19937 gen(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);

    std::string key;
    for (int i = 0; i < 32; ++i)
        key += alphabet[pick(gen)]; // expect: insecure-random
    return key;
}

std::string make_invite_code()
{
    std::srand(static_cast<unsigned>(std::time(nullptr)));
    const int code = std::rand() % 900000 + 100000; // expect: insecure-random
    return "INV-" + std::to_string(code);
}
