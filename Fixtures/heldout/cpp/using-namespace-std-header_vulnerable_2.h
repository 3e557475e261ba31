// geometry.h - C++ header for the geometry library (the course keeps .h for C++ headers)
#pragma once

#include <cmath>
#include <iostream>
#include <string>

namespace geo {

using namespace std; // expect: using-namespace-std-header

class Point {
public:
    Point(double x, double y) : x_(x), y_(y) {}
    double distance(const Point& o) const { return sqrt(pow(x_ - o.x_, 2) + pow(y_ - o.y_, 2)); }
    string str() const { return "(" + to_string(x_) + ", " + to_string(y_) + ")"; }
    friend ostream& operator<<(ostream& os, const Point& p) { return os << p.str(); }

private:
    double x_;
    double y_;
};

} // namespace geo
