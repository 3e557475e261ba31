// Reads the binary manifest ("PLGM") that sits next to each plugin shared object.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

struct PluginManifest {
    char name[40];
    std::uint32_t version = 0;
    std::uint16_t depCount = 0;
    std::uint32_t depHashes[16];
};

template <typename T>
static bool readPod(std::istream& in, T& value)
{
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&value), sizeof value));
}

bool loadManifest(const std::string& path, PluginManifest& m)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4];
    std::uint8_t nameLen = 0;

    if (!in.read(magic, sizeof magic) || std::string(magic, 4) != "PLGM")
        return false;
    if (!readPod(in, nameLen))
        return false;
    in.read(m.name, nameLen); // expect: buffer-overflow
    m.name[nameLen] = '\0'; // expect: buffer-overflow
    if (!readPod(in, m.version) || !readPod(in, m.depCount))
        return false;
    for (std::uint16_t i = 0; i < m.depCount; ++i) {
        if (!readPod(in, m.depHashes[i])) // expect: buffer-overflow
            return false;
    }
    return true;
}
