// wav_reader.cpp - reads the data chunk of a WAV file for the audio visualiser.
#include <cstdint>
#include <fstream>
#include <string>

struct Samples {
    std::int16_t* data;
    std::size_t count;
};

Samples read_wav(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    in.seekg(40);
    std::uint32_t bytes = 0;
    in.read(reinterpret_cast<char*>(&bytes), sizeof bytes);
    const std::size_t count = bytes / sizeof(std::int16_t);
    auto* data = new std::int16_t[count]; // expect: raw-new-delete
    in.read(reinterpret_cast<char*>(data), static_cast<std::streamsize>(count * sizeof(std::int16_t)));
    return Samples{data, static_cast<std::size_t>(in.gcount()) / sizeof(std::int16_t)};
}

double peak(const std::string& path) {
    Samples s = read_wav(path);
    auto* levels = new double[s.count + 1]; // expect: raw-new-delete
    double best = 0;
    for (std::size_t i = 0; i < s.count; ++i) {
        levels[i] = s.data[i] < 0 ? -s.data[i] / 32768.0 : s.data[i] / 32767.0;
        best = levels[i] > best ? levels[i] : best;
    }
    delete[] levels;
    delete[] s.data;
    return best;
}
