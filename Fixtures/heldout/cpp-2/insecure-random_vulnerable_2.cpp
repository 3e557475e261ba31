// reset_pin.cpp - kiosk tool that prints a one-time PIN for a locked-out badge.
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <random>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: reset_pin BADGE_ID\n";
        return 2;
    }
    const std::string badge = argv[1];
    std::srand(static_cast<unsigned>(std::time(nullptr)));
    const int pin = std::rand() % 1000000; // expect: insecure-random

    std::minstd_rand engine(static_cast<unsigned>(std::stoul(badge)) ^ static_cast<unsigned>(std::time(nullptr)));
    const unsigned unlock_code = engine(); // expect: insecure-random

    std::cout << "badge " << badge << " one-time PIN: " << std::setw(6) << std::setfill('0') << pin << '\n';
    std::cout << "door controller unlock code: " << std::hex << unlock_code << '\n';
    return 0;
}
