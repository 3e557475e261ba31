// stats.hh - descriptive statistics helpers for the lab data course.
#ifndef LABDATA_STATS_HH
#define LABDATA_STATS_HH

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace labdata {

using namespace std; // expect: using-namespace-std-header

inline double mean(const vector<double>& xs) {
    return xs.empty() ? 0.0 : accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

inline double stddev(const vector<double>& xs) {
    if (xs.size() < 2)
        return 0.0;
    const double m = mean(xs);
    double acc = 0.0;
    for (double x : xs)
        acc += (x - m) * (x - m);
    return sqrt(acc / static_cast<double>(xs.size() - 1));
}

inline double median(vector<double> xs) {
    if (xs.empty())
        return 0.0;
    sort(xs.begin(), xs.end());
    const size_t mid = xs.size() / 2;
    return xs.size() % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2.0;
}

}  // namespace labdata

#endif
