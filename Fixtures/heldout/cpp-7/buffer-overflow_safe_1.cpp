// SFML networking: the game client applies inventory snapshots sent by the (modded) server.
#include <SFML/Network.hpp>
#include <cstdint>
#include <cstring>
#include <iterator>

struct Item {
    std::uint16_t id;
    std::uint16_t count;
};

struct Inventory {
    Item slots[40];
    std::uint32_t used = 0;
};

class InventorySync {
public:
    explicit InventorySync(Inventory& inv) : inv_(inv) {}

    bool apply(sf::Packet& packet)
    {
        sf::Uint32 count = 0;
        if (!(packet >> count) || count > std::size(inv_.slots))
            return false;
        const auto* body = static_cast<const unsigned char*>(packet.getData()) + sizeof(sf::Uint32);
        if (packet.getDataSize() < sizeof(sf::Uint32) + count * sizeof(Item))
            return false;
        std::memcpy(inv_.slots, body, count * sizeof(Item));
        inv_.used = count;
        return true;
    }

private:
    Inventory& inv_;
};
