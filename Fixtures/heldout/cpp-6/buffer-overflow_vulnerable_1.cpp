// ZeroMQ telemetry subscriber: each message is a fixed header followed by samples.
#include <zmq.h>
#include <array>
#include <cstdint>
#include <cstring>

struct FrameHeader {
    std::uint32_t device;
    std::uint16_t count;
    std::uint16_t flags;
};

struct Frame {
    FrameHeader header;
    std::array<float, 32> samples;
};

bool receive_frame(void* sub, Frame& frame)
{
    zmq_msg_t msg;
    zmq_msg_init(&msg);
    if (zmq_msg_recv(&msg, sub, 0) < 0) {
        zmq_msg_close(&msg);
        return false;
    }
    const auto* bytes = static_cast<const unsigned char*>(zmq_msg_data(&msg));
    std::size_t size = zmq_msg_size(&msg);
    bool ok = size >= sizeof(FrameHeader);
    if (ok) {
        std::memcpy(&frame.header, bytes, sizeof(FrameHeader));
        std::memcpy(frame.samples.data(), bytes + sizeof(FrameHeader), // expect: buffer-overflow
                    frame.header.count * sizeof(float));
    }
    zmq_msg_close(&msg);
    return ok;
}
