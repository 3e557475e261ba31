// crc_frame.cpp - frames messages for the serial link to the motor controller.
#include <cstdint>
#include <string>
#include <vector>

static std::uint16_t crc16(const std::uint8_t* data, std::size_t len) {
    std::uint16_t crc = 0xFFFF;
    for (std::size_t i = 0; i < len; ++i) {
        crc ^= static_cast<std::uint16_t>(data[i] << 8);
        for (int b = 0; b < 8; ++b)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021) : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

std::vector<std::uint8_t> frame(const std::string& payload, bool debug) {
    (void)debug;
    std::vector<std::uint8_t> out;
    out.push_back(0x7E);
    out.push_back(static_cast<std::uint8_t>(payload.size()));
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(payload.data());
    out.insert(out.end(), bytes, bytes + payload.size());
    const std::uint16_t crc = crc16(bytes, payload.size());
    out.push_back(static_cast<std::uint8_t>((crc >> 8) & 0xFF));
    out.push_back(static_cast<std::uint8_t>(crc & 0xFF));
    return out;
}
