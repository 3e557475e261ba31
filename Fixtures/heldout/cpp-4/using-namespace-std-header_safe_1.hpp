// sandbox/time/FrameTimer.hpp - fixed-step frame timer.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace sandbox {

namespace chrono = std::chrono;

class FrameTimer {
public:
    using Clock = chrono::steady_clock;

    explicit FrameTimer(chrono::microseconds step) : step_(step), last_(Clock::now()) {}

    // number of fixed steps to simulate since the previous call
    std::uint32_t tick()
    {
        const auto now = Clock::now();
        accumulated_ += chrono::duration_cast<chrono::microseconds>(now - last_);
        last_ = now;
        std::uint32_t steps = 0;
        while (accumulated_ >= step_) {
            accumulated_ -= step_;
            ++steps;
        }
        return steps;
    }

    std::string describe() const
    {
        using namespace std::string_literals;
        return "step "s + std::to_string(step_.count()) + " us"s;
    }

private:
    chrono::microseconds step_;
    Clock::time_point last_;
    chrono::microseconds accumulated_{0};
};

} // namespace sandbox
