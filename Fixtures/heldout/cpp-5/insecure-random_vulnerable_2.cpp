// session_ids.cpp - session and CSRF identifiers for the embedded admin web UI of a NAS (C++17).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

namespace nasweb {

std::string hex64(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

class SessionIds {
public:
    SessionIds() : engine_(std::random_device{}()) {}

    std::string session_id()
    {
        std::uniform_int_distribution<std::uint64_t> dist;
        return hex64(dist(engine_)) + hex64(dist(engine_)); // expect: insecure-random
    }

    static std::string csrf_token()
    {
        static bool seeded = false;
        if (!seeded) {
            std::srand(static_cast<unsigned>(std::time(nullptr)));
            seeded = true;
        }
        return hex64((static_cast<std::uint64_t>(std::rand()) << 32) | static_cast<unsigned>(std::rand())); // expect: insecure-random
    }

private:
    std::default_random_engine engine_;
};

}  // namespace nasweb
