// Reads the binary manifest ("PLGM") that sits next to each plugin shared object.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

struct PluginManifest {
    std::string name;
    std::uint32_t version = 0;
    std::vector<std::uint32_t> depHashes;
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
    char name[40];
    std::uint8_t nameLen = 0;
    std::uint16_t depCount = 0;

    if (!in.read(magic, sizeof magic) || std::string(magic, 4) != "PLGM")
        return false;
    if (!readPod(in, nameLen) || nameLen >= sizeof name)
        return false;
    if (!in.read(name, nameLen))
        return false;
    m.name.assign(name, nameLen);
    if (!readPod(in, m.version) || !readPod(in, depCount) || depCount > 64)
        return false;
    m.depHashes.resize(depCount);
    for (auto& hash : m.depHashes) {
        if (!readPod(in, hash))
            return false;
    }
    return true;
}
