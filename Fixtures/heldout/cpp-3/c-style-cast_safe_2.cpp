// wav_header_safe.cpp - WAV header writer using static_cast and byte arrays
#include <array>
#include <cstdint>
#include <fstream>

void put16(std::ofstream& out, std::uint16_t v) {
    const std::array<char, 2> b = {static_cast<char>(v & 0xff), static_cast<char>(v >> 8)};
    out.write(b.data(), b.size());
}

void put32(std::ofstream& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v & 0xffff));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

void write_samples(std::ofstream& out, const std::int16_t* samples, std::size_t count) {
    out.write(reinterpret_cast<const char*>(samples), static_cast<std::streamsize>(count * sizeof(std::int16_t)));
}

std::uint32_t data_bytes(std::size_t frames, std::uint16_t channels) {
    const std::uint16_t bits = 16;
    return static_cast<std::uint32_t>(frames) * channels * (bits / 8);
}
