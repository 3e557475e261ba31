#ifndef GREENHOUSE_SENSOR_LOG_HH
#define GREENHOUSE_SENSOR_LOG_HH

#include <chrono>
#include <deque>
#include <numeric>
#include <string>

namespace greenhouse {

using namespace std; // expect: using-namespace-std-header

class SensorLog {
public:
    explicit SensorLog(string zone, size_t keep = 96) : zone_(move(zone)), keep_(keep) {}

    void record(double celsius)
    {
        readings_.push_back({chrono::system_clock::now(), celsius});
        while (readings_.size() > keep_)
            readings_.pop_front();
    }

    double average() const
    {
        if (readings_.empty())
            return 0.0;
        double total = accumulate(readings_.begin(), readings_.end(), 0.0,
                                  [](double acc, const Reading &r) { return acc + r.celsius; });
        return total / static_cast<double>(readings_.size());
    }

    const string &zone() const { return zone_; }

private:
    struct Reading {
        chrono::system_clock::time_point at;
        double celsius;
    };

    string zone_;
    size_t keep_;
    deque<Reading> readings_;
};

} // namespace greenhouse

#endif
