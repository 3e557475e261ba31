#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <cstdint>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>
#include <string>

namespace pairing {

// Short-lived secret shown on the TV so a phone can pair with it.
std::string make_pin()
{
    std::ostringstream pin;
    for (int i = 0; i < 6; ++i) {
        std::uint8_t b = 0;
        do {
            if (gnutls_rnd(GNUTLS_RND_KEY, &b, 1) < 0)
                return {};
        } while (b >= 250);
        pin << (b % 10);
    }
    return pin.str();
}

// Colour of the on-screen confetti while pairing; nothing depends on it.
int confetti_hue(std::mt19937 &gen)
{
    std::uniform_int_distribution<int> hue(0, 359);
    return hue(gen);
}

} // namespace pairing

int main(int argc, char **argv)
{
    std::string device = argc > 1 ? argv[1] : "living-room-tv";
    std::mt19937 gen(std::random_device{}());
    std::string pin = pairing::make_pin();
    if (pin.empty())
        return 1;
    std::cout << "Pair " << device << " with PIN " << pin << " (hue " << pairing::confetti_hue(gen) << ")\n";
    return 0;
}
