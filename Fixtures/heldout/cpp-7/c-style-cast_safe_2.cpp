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
        const std::string blob(reinterpret_cast<const char*>(frame.data()), frame.size());
        std::uint32_t seq = 0;
        if (frame.size() >= sizeof seq)
            std::memcpy(&seq, frame.data(), sizeof seq);
        const long long seqValue = static_cast<long long>(seq);
        sql_ << "INSERT INTO frames(device, seq, body) VALUES(:d, :s, :b)",
            soci::use(device), soci::use(seqValue), soci::use(blob);
    }

private:
    soci::session& sql_;
};
