// Game server: decodes player-state datagrams (header, name length, name, position).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <array>
#include <cstdint>
#include <cstring>
#include <iostream>

struct PlayerState {
    char name[16];
    float x = 0, y = 0;
};

class StateDecoder {
public:
    bool decode(const std::uint8_t *pkt, std::size_t len, PlayerState &out) const {
        if (len < 2)
            return false;
        const std::size_t name_len = pkt[1];
        if (name_len >= sizeof out.name || len < 2 + name_len + 8)
            return false;
        std::memcpy(out.name, pkt + 2, name_len);
        out.name[name_len] = '\0';
        std::memcpy(&out.x, pkt + 2 + name_len, sizeof out.x);
        std::memcpy(&out.y, pkt + 6 + name_len, sizeof out.y);
        return true;
    }
};

int main() {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(27015);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return 1;
    std::array<std::uint8_t, 512> buf{};
    StateDecoder decoder;
    for (;;) {
        ssize_t n = recv(fd, buf.data(), buf.size(), 0);
        PlayerState st;
        if (n > 0 && decoder.decode(buf.data(), static_cast<std::size_t>(n), st))
            std::cout << st.name << " @ " << st.x << "," << st.y << '\n';
    }
}
