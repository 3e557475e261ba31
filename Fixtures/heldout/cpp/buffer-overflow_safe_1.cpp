// packet.cpp (fixed) - every length from the wire is checked against the destination
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
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
    if (count > out.samples.size() || count > packet.size() - 2)
        return false;
    std::memcpy(out.samples.data(), packet.data() + 2, count);
    return true;
}

bool load_label(std::ifstream& in, Reading& out)
{
    std::uint16_t len = 0;
    if (!in.read(reinterpret_cast<char*>(&len), sizeof len))
        return false;
    if (len >= out.label.size())
        return false;
    in.read(out.label.data(), len);
    out.label[len] = '\0';
    return static_cast<bool>(in);
}
