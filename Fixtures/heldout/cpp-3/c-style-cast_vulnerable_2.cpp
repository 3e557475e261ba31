// wav_header.cpp - write a PCM WAV header for the recorder app
#include <cstdint>
#include <fstream>
#include <string>

void put16(std::ofstream& out, std::uint16_t v) {
    char b[2] = {(char)(v & 0xff), (char)(v >> 8)}; // expect: c-style-cast
    out.write(b, 2);
}

void put32(std::ofstream& out, std::uint32_t v) {
    put16(out, (std::uint16_t)(v & 0xffff)); // expect: c-style-cast
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

void write_header(std::ofstream& out, std::uint32_t sampleRate, std::uint16_t channels, std::size_t frames) {
    const std::uint16_t bits = 16;
    const std::uint32_t dataBytes = (std::uint32_t)frames * channels * (bits / 8); // expect: c-style-cast
    out.write("RIFF", 4);
    put32(out, 36 + dataBytes);
    out.write("WAVEfmt ", 8);
    put32(out, 16);
    put16(out, 1);
    put16(out, channels);
    put32(out, sampleRate);
    put32(out, sampleRate * channels * (bits / 8));
    put16(out, static_cast<std::uint16_t>(channels * (bits / 8)));
    put16(out, bits);
    out.write("data", 4);
    put32(out, dataBytes);
}

float gain_db(const std::string& s) {
    return (float)std::stod(s); // expect: c-style-cast
}
