// mixdown.cpp - sums the stems of a podcast episode into one 16-bit stereo buffer (C++20, std::span).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace mixdown {

struct Stem {
    std::vector<float> samples;  // interleaved stereo
    float gain_db = 0.0f;
    bool muted = false;
};

inline float db_to_linear(float db)
{
    return std::pow(10.0f, db / 20.0f);
}

std::vector<std::int16_t> mix(std::span<const Stem> stems, std::size_t frames)
{
    std::vector<float> bus(frames * 2, 0.0f);
    for (const Stem& stem : stems) {
        if (stem.muted) {
            continue;
        }
        const float gain = db_to_linear(stem.gain_db);
        const std::size_t n = std::min(bus.size(), stem.samples.size());
        for (std::size_t i = 0; i < n; ++i) {
            bus[i] += (stem.samples[i] * gain);
        }
    }
    std::vector<std::int16_t> out(bus.size());
    for (std::size_t i = 0; i < bus.size(); ++i) {
        const float clipped = std::clamp(bus[i], -1.0f, 1.0f);
        out[i] = static_cast<std::int16_t>(std::lround(clipped * 32767.0f));
    }
    return out;
}

double duration_seconds(std::span<const std::int16_t> pcm, unsigned rate)
{
    return static_cast<double>(pcm.size()) / 2.0 / rate;
}

std::span<const std::byte> bytes_of(const std::vector<std::int16_t>& pcm)
{
    return std::as_bytes(std::span(pcm));
}

}  // namespace mixdown
