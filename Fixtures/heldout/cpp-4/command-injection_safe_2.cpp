// Maintenance console for the render farm: a line-based TCP service on the admin VLAN.
#include <array>
#include <boost/asio.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

using boost::asio::ip::tcp;

static std::string runCapture(const char* command)
{
    std::string output;
    std::array<char, 256> chunk{};
    FILE* pipe = ::popen(command, "r");
    if (pipe == nullptr)
        return "cannot run\n";
    while (std::fgets(chunk.data(), static_cast<int>(chunk.size()), pipe) != nullptr)
        output += chunk.data();
    ::pclose(pipe);
    return output;
}

// every command the console can run is a constant; the client only picks a key
static const std::map<std::string, const char*> kCommands = {
    {"status 1", "systemctl status render-node@1"},
    {"status 2", "systemctl status render-node@2"},
    {"status 3", "systemctl status render-node@3"},
    {"uptime", "uptime"},
};

static std::string handle(const std::string& line)
{
    auto it = kCommands.find(line);
    if (it == kCommands.end())
        return "unknown command\n";
    return runCapture(it->second);
}

int main()
{
    boost::asio::io_context io;
    tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 7100));
    for (;;) {
        tcp::socket sock(io);
        acceptor.accept(sock);
        boost::asio::streambuf buf;
        boost::system::error_code ec;
        boost::asio::read_until(sock, buf, '\n', ec);
        if (ec)
            continue;
        std::istream in(&buf);
        std::string line;
        std::getline(in, line);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        boost::asio::write(sock, boost::asio::buffer(handle(line)), ec);
    }
}
