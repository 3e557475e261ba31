// wav_reader.cpp - reads the data chunk of a WAV file for the audio visualiser.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

std::vector<std::int16_t> read_wav(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    in.seekg(40);
    std::uint32_t bytes = 0;
    in.read(reinterpret_cast<char*>(&bytes), sizeof bytes);
    std::vector<std::int16_t> data(bytes / sizeof(std::int16_t));
    in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size() * sizeof(std::int16_t)));
    data.resize(static_cast<std::size_t>(in.gcount()) / sizeof(std::int16_t));
    return data;
}

double peak(const std::string& path) {
    const auto samples = read_wav(path);
    double best = 0;
    for (std::int16_t s : samples)
        best = std::max(best, std::abs(s / 32768.0));
    return best;
}
