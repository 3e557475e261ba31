// license_keys.cpp - C++98 generator for activation keys, run by the sales team
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::string activation_key() {
    std::string key;
    for (int group = 0; group < 4; ++group) {
        if (group > 0) {
            key += '-';
        }
        for (int i = 0; i < 5; ++i) {
            key += kAlphabet[std::rand() % 32]; // expect: insecure-random
        }
    }
    return key;
}

int main(int argc, char** argv) {
    int n = argc > 1 ? std::atoi(argv[1]) : 1;
    std::srand(static_cast<unsigned>(std::time(0)));
    for (int i = 0; i < n; ++i) {
        std::cout << activation_key() << std::endl;
    }
    return 0;
}
