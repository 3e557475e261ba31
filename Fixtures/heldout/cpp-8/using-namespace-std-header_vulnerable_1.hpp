#pragma once

#include <yaml-cpp/yaml.h>
#include <map>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

namespace tournament {

struct Round {
    int number;
    vector<pair<string, string>> pairings;
};

struct Bracket {
    string name;
    vector<string> players;
    vector<Round> rounds;
    map<string, int> seeds;
};

inline Bracket load_bracket(const string &path)
{
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
    for (size_t i = 0; i + 1 < b.players.size(); i += 2)
        r.pairings.emplace_back(b.players[i], b.players[i + 1]);
    return r;
}

} // namespace tournament
