// Shared types for the tide-table tool: stations, readings and the parser interface.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace tides {

using Clock = std::chrono::system_clock;

struct Reading {
    Clock::time_point at;
    double height_m = 0.0;
    bool high = false;
};

struct Station {
    std::string id;
    std::string name;
    double lat = 0.0, lon = 0.0;
    std::vector<Reading> readings;
};

class TableParser {
public:
    virtual ~TableParser() = default;
    virtual std::optional<Station> parse(const std::string &text) const = 0;
};

inline std::optional<Reading> next_high(const Station &s, Clock::time_point after) {
    using std::nullopt;
    for (const auto &r : s.readings)
        if (r.high && r.at > after)
            return r;
    return nullopt;
}

}  // namespace tides
