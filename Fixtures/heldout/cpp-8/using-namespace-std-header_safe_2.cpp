#include <chrono>
#include <deque>
#include <iostream>
#include <numeric>
#include <string>

using namespace std;

namespace {

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

} // namespace

int main()
{
    SensorLog log("tomatoes", 4);
    double value;
    while (cin >> value)
        log.record(value);
    cout << log.zone() << ": " << log.average() << " C\n";
    return 0;
}
