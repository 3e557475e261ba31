// crc_frame.cpp - frames messages for the serial link to the motor controller.
#include <cstdint>
#include <string>
#include <vector>

static std::uint16_t crc16(const std::uint8_t* data, std::size_t len) {
    std::uint16_t crc = 0xFFFF;
    for (std::size_t i = 0; i < len; ++i) {
        crc ^= (std::uint16_t)(data[i] << 8); // expect: c-style-cast
        for (int b = 0; b < 8; ++b)
            crc = (crc & 0x8000) ? (std::uint16_t)((crc << 1) ^ 0x1021) : (std::uint16_t)(crc << 1); // expect: c-style-cast
    }
    return crc;
}

std::vector<std::uint8_t> frame(const std::string& payload) {
    std::vector<std::uint8_t> out;
    out.push_back(0x7E);
    out.push_back((std::uint8_t)payload.size()); // expect: c-style-cast
    const auto* bytes = (const std::uint8_t*)payload.data(); // expect: c-style-cast
    out.insert(out.end(), bytes, bytes + payload.size());
    const std::uint16_t crc = crc16(bytes, payload.size());
    out.push_back(static_cast<std::uint8_t>(crc >> 8));
    out.push_back(static_cast<std::uint8_t>(crc & 0xFF));
    return out;
}
