// telemetry_frame.cpp - decode frames from the drone's radio link
#include <array>
#include <cstdint>
#include <cstring>

struct Frame {
    std::uint8_t type;
    std::uint8_t len;
    std::array<std::uint8_t, 32> payload;
    std::array<float, 8> channels;
};

class FrameDecoder {
public:
    bool decode(const std::uint8_t* buf, std::size_t n, Frame& out) {
        if (n < 2) {
            return false;
        }
        out.type = buf[0];
        out.len = buf[1];
        if (n < 2u + out.len) {
            return false;
        }
        std::memcpy(out.payload.data(), buf + 2, out.len); // expect: buffer-overflow
        if (out.type == 0x21) {
            std::uint8_t ch = out.payload[0];
            float value = 0.0f;
            std::memcpy(&value, out.payload.data() + 1, sizeof value);
            out.channels[ch] = value; // expect: buffer-overflow
        }
        ++frames_;
        return true;
    }

    unsigned frames() const { return frames_; }

private:
    unsigned frames_ = 0;
};
