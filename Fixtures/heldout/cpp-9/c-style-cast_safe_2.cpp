// Guitar tuner: estimates the pitch of a recorded block of 16-bit samples by zero crossings.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

struct TunerReading {
    double hz;
    int cents;
};

double zero_crossing_hz(const std::vector<std::int16_t> &block, int sample_rate) {
    int crossings = 0;
    for (std::size_t i = 1; i < block.size(); ++i)
        if ((block[i - 1] < 0) != (block[i] < 0))
            ++crossings;
    return crossings * sample_rate / (2.0 * static_cast<double>(block.size()));
}

TunerReading read_tuner(const std::vector<std::int16_t> &block, int sample_rate, double target_hz) {
    TunerReading r{};
    r.hz = zero_crossing_hz(block, sample_rate);
    r.cents = static_cast<int>(std::lround(1200.0 * std::log2(r.hz / target_hz)));
    return r;
}

int main() {
    std::vector<std::int16_t> block(4410);
    std::size_t got = std::fread(block.data(), sizeof(std::int16_t), block.size(), stdin);
    block.resize(got);
    if (block.size() < 2)
        return 1;
    TunerReading r = read_tuner(block, 44100, 110.0);
    std::printf("%.1f Hz (%+d cents)\n", r.hz, r.cents);
    return 0;
}
