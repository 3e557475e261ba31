// timing.hpp - stopwatch helpers shared by the benchmarks
#pragma once

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace bench {

namespace chr = std::chrono;
using Samples = std::vector<double>;
using std::string;

class Stopwatch {
public:
    void start() { begin_ = chr::steady_clock::now(); }

    double stopMs() {
        const auto d = chr::steady_clock::now() - begin_;
        const double ms = chr::duration<double, std::milli>(d).count();
        samples_.push_back(ms);
        return ms;
    }

    double median() const {
        Samples copy = samples_;
        std::sort(copy.begin(), copy.end());
        return copy.empty() ? 0.0 : copy[copy.size() / 2];
    }

    string label;

private:
    chr::steady_clock::time_point begin_;
    Samples samples_;
};

template <typename T>
void swapIfGreater(T& a, T& b) {
    using std::swap;
    if (b < a) {
        swap(a, b);
    }
}

}  // namespace bench
