// session_ids.cpp - session and CSRF identifiers for the embedded admin web UI of a NAS (C++17).
#include <sys/random.h>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <stdexcept>
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
    std::string session_id() { return hex64(entropy()) + hex64(entropy()); }

    std::string csrf_token() { return hex64(entropy()); }

    // Spreads session-cleanup runs of many devices over a minute; only timing, nothing secret.
    std::chrono::milliseconds cleanup_jitter()
    {
        std::uniform_int_distribution<int> ms(0, 60000);
        return std::chrono::milliseconds(ms(jitter_));
    }

private:
    static std::uint64_t entropy()
    {
        std::uint64_t v = 0;
        if (::getrandom(&v, sizeof v, 0) != static_cast<ssize_t>(sizeof v)) {
            throw std::runtime_error("getrandom failed");
        }
        return v;
    }

    std::minstd_rand jitter_{std::random_device{}()};
};

}  // namespace nasweb
