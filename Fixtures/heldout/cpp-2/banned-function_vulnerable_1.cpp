// logger.cpp - fixed-size log ring used by the robot controller firmware simulator.
#include <cstdio>
#include <cstring>
#include <ctime>

class RingLogger {
public:
    explicit RingLogger(const char* component) {
        std::strcpy(component_, component); // expect: banned-function
    }

    void log(const char* level, const char* message) {
        char stamp[32];
        std::time_t now = std::time(nullptr);
        std::strftime(stamp, sizeof stamp, "%H:%M:%S", std::localtime(&now));
        char* slot = lines_[next_ % kLines];
        std::sprintf(slot, "%s [%s] %s: %s", stamp, level, component_, message); // expect: banned-function
        ++next_;
    }

    void dump(std::FILE* out) const {
        for (unsigned i = 0; i < kLines && i < next_; ++i) {
            std::fputs(lines_[(next_ - 1 - i) % kLines], out);
            std::fputc('\n', out);
        }
    }

private:
    static constexpr unsigned kLines = 64;
    char component_[32];
    char lines_[kLines][160];
    unsigned next_ = 0;
};
