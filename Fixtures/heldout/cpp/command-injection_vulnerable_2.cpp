// whois.cgi.cpp - CGI page that looks up a domain: /cgi-bin/whois?domain=example.org
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

static std::string query_param(const std::string& query, const std::string& key)
{
    const std::string prefix = key + "=";
    auto pos = query.find(prefix);
    if (pos == std::string::npos)
        return {};
    auto end = query.find('&', pos);
    return query.substr(pos + prefix.size(), end == std::string::npos ? std::string::npos : end - pos - prefix.size());
}

int main()
{
    const char* qs = std::getenv("QUERY_STRING");
    const std::string domain = query_param(qs ? qs : "", "domain");

    std::cout << "Content-Type: text/plain\r\n\r\n";
    if (domain.empty()) {
        std::cout << "missing domain\n";
        return 0;
    }
    const std::string cmd = "whois " + domain + " | head -n 40";
    FILE* out = popen(cmd.c_str(), "r"); // expect: command-injection
    if (out == nullptr)
        return 0;
    std::array<char, 256> line{};
    while (std::fgets(line.data(), static_cast<int>(line.size()), out) != nullptr)
        std::cout << line.data();
    pclose(out);

    std::string note;
    if (std::getline(std::cin, note) && !note.empty())
        std::system(("logger -t whois " + note).c_str()); // expect: command-injection
    return 0;
}
