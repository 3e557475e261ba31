// Maintenance console for the render farm: a line-based TCP service on the admin VLAN.
#include <array>
#include <boost/asio.hpp>
#include <cstdio>
#include <iostream>
#include <string>

using boost::asio::ip::tcp;

static std::string runCapture(const std::string& command)
{
    std::string output;
    std::array<char, 256> chunk{};
    FILE* pipe = ::popen(command.c_str(), "r"); // expect: command-injection
    if (pipe == nullptr)
        return "cannot run\n";
    while (std::fgets(chunk.data(), static_cast<int>(chunk.size()), pipe) != nullptr)
        output += chunk.data();
    ::pclose(pipe);
    return output;
}

static std::string handle(const std::string& line)
{
    if (line.rfind("status ", 0) == 0)
        return runCapture("systemctl status render-node@" + line.substr(7));
    if (line == "uptime")
        return runCapture("uptime");
    return "unknown command\n";
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
