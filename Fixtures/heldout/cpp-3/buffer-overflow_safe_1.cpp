// telemetry_frame_safe.cpp - frame decoder with lengths and indices checked
#include <array>
#include <cstdint>
#include <cstring>

struct Frame {
    std::uint8_t type;
    std::uint8_t len;
    std::array<std::uint8_t, 32> payload;
    std::array<float, 8> channels;
};

bool decode(const std::uint8_t* buf, std::size_t n, Frame& out) {
    if (n < 2) {
        return false;
    }
    out.type = buf[0];
    out.len = buf[1];
    if (out.len > out.payload.size() || n < 2u + out.len) {
        return false;
    }
    std::memcpy(out.payload.data(), buf + 2, out.len);
    if (out.type == 0x21 && out.len >= 1 + sizeof(float)) {
        float value = 0.0f;
        std::memcpy(&value, out.payload.data() + 1, sizeof value);
        out.channels.at(out.payload[0]) = value;
    }
    return true;
}
