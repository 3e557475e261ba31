// Arena server: receives player input datagrams over Boost.Asio UDP.
#include <array>
#include <boost/asio.hpp>
#include <cstdint>
#include <cstring>
#include <iostream>

using boost::asio::ip::udp;

struct PlayerInput {
    std::uint16_t playerId = 0;
    std::array<char, 24> chat{};
    std::array<std::uint8_t, 8> buttons{};
};

class ArenaServer {
public:
    explicit ArenaServer(boost::asio::io_context& io) : socket_(io, udp::endpoint(udp::v4(), 27960)) { receive(); }

private:
    void receive()
    {
        socket_.async_receive_from(boost::asio::buffer(packet_), sender_,
                                   [this](boost::system::error_code ec, std::size_t n) {
                                       if (!ec && n >= 4)
                                           decode(n);
                                       receive();
                                   });
    }

    void decode(std::size_t n)
    {
        PlayerInput in;
        in.playerId = static_cast<std::uint16_t>(packet_[0] | (packet_[1] << 8));
        const std::uint8_t chatLen = packet_[2];
        const std::uint8_t buttonCount = packet_[3];
        if (4u + chatLen + buttonCount > n)
            return;
        if (chatLen >= in.chat.size() || buttonCount > in.buttons.size()) {
            std::cerr << "oversized input from " << sender_ << '\n';
            return;
        }
        std::memcpy(in.chat.data(), &packet_[4], chatLen);
        for (std::uint8_t i = 0; i < buttonCount; ++i)
            in.buttons.at(i) = packet_[4 + chatLen + i];
        std::cout << "input from " << in.playerId << '\n';
    }

    udp::socket socket_;
    udp::endpoint sender_;
    std::array<std::uint8_t, 512> packet_{};
};

int main()
{
    boost::asio::io_context io;
    ArenaServer server(io);
    io.run();
}
