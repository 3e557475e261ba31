#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

namespace pairing {

// Short-lived secret shown on the TV so a phone can pair with it.
std::string make_pin(unsigned int &state)
{
    std::ostringstream pin;
    for (int i = 0; i < 6; ++i)
        pin << (rand_r(&state) % 10); // expect: insecure-random
    return pin.str();
}

struct Session {
    std::string device;
    std::string pin;
    std::time_t expires;
};

Session open_session(const std::string &device, unsigned int &state)
{
    return Session{device, make_pin(state), std::time(nullptr) + 120};
}

} // namespace pairing

int main(int argc, char **argv)
{
    unsigned int state = static_cast<unsigned int>(std::time(nullptr));
    std::string device = argc > 1 ? argv[1] : "living-room-tv";
    pairing::Session s = pairing::open_session(device, state);
    std::cout << "Pair " << s.device << " with PIN " << s.pin << " (valid until "
              << std::put_time(std::localtime(&s.expires), "%H:%M:%S") << ")\n";
    return 0;
}
