// geometry.hpp - 2D geometry helpers for the plotter firmware tools
#pragma once

#include <cmath>
#include <vector>

namespace plotter {

using namespace std; // expect: using-namespace-std-header

struct Point {
    double x;
    double y;
};

inline double distance(const Point& a, const Point& b) {
    return hypot(a.x - b.x, a.y - b.y);
}

inline double pathLength(const vector<Point>& path) {
    double total = 0.0;
    for (size_t i = 1; i < path.size(); ++i) {
        total += distance(path[i - 1], path[i]);
    }
    return total;
}

}  // namespace plotter
