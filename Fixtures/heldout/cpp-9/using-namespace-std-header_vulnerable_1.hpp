// Shared types for the tide-table tool: stations, readings and the parser interface.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

namespace tides {

struct Reading {
    chrono::system_clock::time_point at;
    double height_m = 0.0;
    bool high = false;
};

struct Station {
    string id;
    string name;
    double lat = 0.0, lon = 0.0;
    vector<Reading> readings;
};

class TableParser {
public:
    virtual ~TableParser() = default;
    virtual optional<Station> parse(const string &text) const = 0;
};

inline optional<Reading> next_high(const Station &s, chrono::system_clock::time_point after) {
    for (const auto &r : s.readings)
        if (r.high && r.at > after)
            return r;
    return nullopt;
}

}  // namespace tides
