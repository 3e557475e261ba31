// net/FrameCodec.cpp - length-prefixed frames for the Boost.Asio services.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace std;

namespace net {

vector<uint8_t> encodeFrame(const string& payload)
{
    vector<uint8_t> out;
    const auto n = static_cast<uint32_t>(payload.size());
    out.reserve(payload.size() + 4);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<uint8_t>((n >> shift) & 0xffu));
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

optional<string> tryDecodeFrame(vector<uint8_t>& buffer)
{
    if (buffer.size() < 4)
        return nullopt;
    uint32_t n = 0;
    for (int i = 0; i < 4; ++i)
        n = (n << 8) | buffer[static_cast<size_t>(i)];
    if (buffer.size() < 4u + n)
        return nullopt;
    string payload(buffer.begin() + 4, buffer.begin() + 4 + n);
    buffer.erase(buffer.begin(), buffer.begin() + 4 + n);
    return payload;
}

} // namespace net
