#pragma once

#include <yaml-cpp/yaml.h>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tournament {

struct Round {
    int number;
    std::vector<std::pair<std::string, std::string>> pairings;
};

struct Bracket {
    std::string name;
    std::vector<std::string> players;
    std::vector<Round> rounds;
    std::map<std::string, int> seeds;
};

inline Bracket load_bracket(const std::string &path)
{
    using std::string;
    YAML::Node doc = YAML::LoadFile(path);
    Bracket b;
    b.name = doc["name"].as<string>("unnamed");
    for (const auto &p : doc["players"]) {
        b.players.push_back(p["name"].as<string>());
        b.seeds[b.players.back()] = p["seed"].as<int>(0);
    }
    return b;
}

inline Round first_round(const Bracket &b)
{
    Round r{1, {}};
    for (std::size_t i = 0; i + 1 < b.players.size(); i += 2)
        r.pairings.emplace_back(b.players[i], b.players[i + 1]);
    return r;
}

} // namespace tournament
