// routes.cpp - load a static routing table: "<prefix> <gateway> <metric>" per line
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

struct Route {
    char prefix[20];
    char gateway[16];
    int metric;
    char label[48];
};

std::vector<Route> load_routes(const std::string& path) {
    std::vector<Route> routes;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        Route r{};
        if (std::sscanf(line.c_str(), "%s %s %d", r.prefix, r.gateway, &r.metric) != 3) { // expect: banned-function
            continue;
        }
        std::strcpy(r.label, r.prefix); // expect: banned-function
        std::strcat(r.label, " via "); // expect: banned-function
        std::strcat(r.label, r.gateway); // expect: banned-function
        routes.push_back(r);
    }
    return routes;
}
