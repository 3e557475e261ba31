// sandbox/math/Aabb.hpp - axis-aligned boxes for the broad phase.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace std; // expect: using-namespace-std-header

namespace sandbox {

struct Aabb {
    float minX = numeric_limits<float>::max();
    float minY = numeric_limits<float>::max();
    float maxX = numeric_limits<float>::lowest();
    float maxY = numeric_limits<float>::lowest();

    void expand(float x, float y)
    {
        minX = min(minX, x);
        minY = min(minY, y);
        maxX = max(maxX, x);
        maxY = max(maxY, y);
    }

    bool overlaps(const Aabb& o) const
    {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }

    float area() const { return fabs((maxX - minX) * (maxY - minY)); }
};

inline Aabb boundsOf(const vector<float>& xy)
{
    Aabb box;
    for (size_t i = 0; i + 1 < xy.size(); i += 2)
        box.expand(xy[i], xy[i + 1]);
    return box;
}

} // namespace sandbox
