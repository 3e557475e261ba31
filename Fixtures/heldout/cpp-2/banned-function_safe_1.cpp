// logger.cpp - fixed-size log ring used by the robot controller firmware simulator.
#include <array>
#include <cstdio>
#include <ctime>
#include <string>

class RingLogger {
public:
    explicit RingLogger(std::string component) : component_(std::move(component)) {}

    void log(const char* level, const std::string& message) {
        char stamp[32];
        std::time_t now = std::time(nullptr);
        std::strftime(stamp, sizeof stamp, "%H:%M:%S", std::localtime(&now));
        char* slot = lines_[next_ % kLines].data();
        std::snprintf(slot, kWidth, "%s [%s] %s: %s", stamp, level, component_.c_str(), message.c_str());
        ++next_;
    }

    void dump(std::FILE* out) const {
        for (unsigned i = 0; i < kLines && i < next_; ++i) {
            std::fputs(lines_[(next_ - 1 - i) % kLines].data(), out);
            std::fputc('\n', out);
        }
    }

private:
    static constexpr unsigned kLines = 64;
    static constexpr std::size_t kWidth = 160;
    std::string component_;
    std::array<std::array<char, kWidth>, kLines> lines_{};
    unsigned next_ = 0;
};
