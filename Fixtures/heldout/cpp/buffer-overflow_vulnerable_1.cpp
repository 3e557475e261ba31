// packet.cpp - parse sensor packets from the robotics club's UART bridge
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

struct Reading {
    std::uint8_t sensor;
    std::array<char, 32> label;
    std::array<std::uint8_t, 64> samples;
};

bool parse(const std::vector<std::uint8_t>& packet, Reading& out)
{
    if (packet.size() < 2)
        return false;
    out.sensor = packet[0];
    const std::size_t count = packet[1];
    std::memcpy(out.samples.data(), packet.data() + 2, count); // expect: buffer-overflow
    return true;
}

bool load_label(std::ifstream& in, Reading& out)
{
    std::uint16_t len = 0;
    if (!in.read(reinterpret_cast<char*>(&len), sizeof len))
        return false;
    in.read(out.label.data(), len); // expect: buffer-overflow
    return static_cast<bool>(in);
}
