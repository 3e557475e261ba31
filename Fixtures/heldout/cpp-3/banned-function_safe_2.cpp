// routes_safe.cpp - routing table parsed with bounded conversions and std::string
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

struct Route {
    char prefix[20];
    char gateway[16];
    int metric;
    std::string label;
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
        if (std::sscanf(line.c_str(), "%19s %15s %d", r.prefix, r.gateway, &r.metric) != 3) {
            continue;
        }
        std::ostringstream label;
        label << r.prefix << " via " << r.gateway;
        r.label = label.str();
        routes.push_back(r);
    }
    return routes;
}
