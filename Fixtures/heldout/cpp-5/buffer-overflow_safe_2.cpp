// telemetry_rx.cpp - epoll loop receiving sensor frames over UDP into per-sensor slots.
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

namespace telemetry {

struct Slot {
    std::uint32_t seq = 0;
    std::uint8_t len = 0;
    std::array<std::uint8_t, 32> payload{};
};

class Receiver {
public:
    explicit Receiver(int sock) : sock_(sock) {}

    void on_readable()
    {
        std::array<std::uint8_t, 512> buf{};
        ssize_t n = ::recv(sock_, buf.data(), buf.size(), 0);
        if (n < 6) {
            return;
        }
        const std::uint8_t sensor = buf[0];
        const std::uint8_t len = buf[1];
        if (sensor >= slots_.size() || len > Slot{}.payload.size() || static_cast<std::size_t>(n) < 6u + len) {
            ++rejected_;
            return;
        }
        Slot& slot = slots_.at(sensor);
        slot.seq = static_cast<std::uint32_t>(buf[2]) << 24 | static_cast<std::uint32_t>(buf[3]) << 16
            | static_cast<std::uint32_t>(buf[4]) << 8 | buf[5];
        slot.len = len;
        std::copy(buf.begin() + 6, buf.begin() + 6 + len, slot.payload.begin());
    }

    void run()
    {
        int ep = ::epoll_create1(EPOLL_CLOEXEC);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = sock_;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, sock_, &ev);
        std::array<epoll_event, 8> ready{};
        for (;;) {
            int count = ::epoll_wait(ep, ready.data(), static_cast<int>(ready.size()), 1000);
            for (int i = 0; i < count; ++i) {
                on_readable();
            }
        }
    }

    unsigned long rejected() const { return rejected_; }

private:
    int sock_;
    std::array<Slot, 64> slots_{};
    unsigned long rejected_ = 0;
};

}  // namespace telemetry
