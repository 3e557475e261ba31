// SOCI: stores telemetry frames (binary blobs from the devices) and reads back their sequence counters.
#include <soci/soci.h>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

class FrameStore {
public:
    explicit FrameStore(soci::session& sql) : sql_(sql) {}

    void save(const std::string& device, const std::vector<std::uint8_t>& frame)
    {
        const std::string blob((const char*)frame.data(), frame.size()); // expect: c-style-cast
        std::uint32_t seq = 0;
        if (frame.size() >= sizeof seq)
            std::memcpy(&seq, frame.data(), sizeof seq);
        const int seqValue = (int)seq; // expect: c-style-cast
        sql_ << "INSERT INTO frames(device, seq, body) VALUES(:d, :s, :b)",
            soci::use(device), soci::use(seqValue), soci::use(blob);
    }

private:
    soci::session& sql_;
};
