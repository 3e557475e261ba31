// lobby_packet.cpp - decodes JOIN packets sent by game clients.
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

struct JoinRequest {
    char player[32];
    std::uint8_t team;
    std::array<std::uint32_t, 4> loadout;
};

class PacketDecoder {
public:
    // Layout: [u8 type][u8 name_len][name bytes][u8 team][u8 slot][u32 item]
    bool decode_join(const std::uint8_t* data, std::size_t size, JoinRequest& out) {
        if (size < 2 || data[0] != 0x01)
            return false;
        const std::size_t name_len = data[1];
        if (name_len >= sizeof out.player || size < 2 + name_len + 6)
            return false;
        std::memcpy(out.player, data + 2, name_len);
        out.player[name_len] = '\0';
        out.team = data[2 + name_len];
        const std::uint8_t slot = data[3 + name_len];
        if (slot >= out.loadout.size())
            return false;
        std::uint32_t item;
        std::memcpy(&item, data + 4 + name_len, sizeof item);
        out.loadout.at(slot) = item;
        return true;
    }
};
