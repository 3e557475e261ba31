// stats.hpp - descriptive statistics helpers for the lab data course.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <vector>

namespace labdata {

namespace fs = std::filesystem;
using Samples = std::vector<double>;

inline double mean(const Samples& xs) {
    return xs.empty() ? 0.0 : std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

inline double median(Samples xs) {
    if (xs.empty())
        return 0.0;
    std::sort(xs.begin(), xs.end());
    const std::size_t mid = xs.size() / 2;
    return xs.size() % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2.0;
}

template <typename T>
void reverse_pairs(std::vector<T>& xs) {
    using std::swap;
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
        swap(xs[i], xs[i + 1]);
}

inline bool is_dataset(const fs::path& p) { return p.extension() == ".csv"; }

}  // namespace labdata
