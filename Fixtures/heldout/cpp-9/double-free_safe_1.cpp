// Mail-domain importer: converts members' internationalised domains to ASCII for the MTA map.
#include <idn2.h>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

struct MapEntry {
    std::string address;
    std::string ascii_domain;
};

bool to_entry(const std::string &address, MapEntry &out) {
    const auto at = address.rfind('@');
    if (at == std::string::npos)
        return false;
    char *ascii = nullptr;
    int rc = idn2_to_ascii_8z(address.c_str() + at + 1, &ascii, IDN2_NONTRANSITIONAL);
    if (rc != IDN2_OK)
        return false;
    out.address = address;
    out.ascii_domain = ascii;
    idn2_free(ascii);
    if (out.ascii_domain.size() > 253)
        out.ascii_domain.clear();
    return !out.ascii_domain.empty();
}

int main(int argc, char **argv) {
    if (argc != 2)
        return 2;
    std::ifstream members(argv[1]);
    std::string line;
    std::vector<MapEntry> map;
    while (std::getline(members, line)) {
        MapEntry e;
        if (to_entry(line, e))
            map.push_back(e);
    }
    for (const auto &e : map)
        std::cout << e.address << '\t' << e.ascii_domain << '\n';
    return 0;
}
