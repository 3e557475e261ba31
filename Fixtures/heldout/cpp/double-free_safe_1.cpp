// readall.cpp (fixed) - ownership of the C buffer lives in exactly one place
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

extern "C" unsigned char* lz_decompress_file(const char* path, std::size_t* len);

using CBuffer = std::unique_ptr<unsigned char, decltype(&std::free)>;

std::string read_compressed(const std::string& path)
{
    std::size_t len = 0;
    CBuffer raw(lz_decompress_file(path.c_str(), &len), &std::free);
    if (!raw)
        throw std::runtime_error("cannot decompress " + path);
    return std::string(reinterpret_cast<const char*>(raw.get()), len);
}

int count_lines(const std::string& path)
{
    std::size_t len = 0;
    unsigned char* raw = lz_decompress_file(path.c_str(), &len);
    if (raw == nullptr)
        return -1;
    int lines = 0;
    for (std::size_t i = 0; i < len; ++i)
        if (raw[i] == '\n')
            ++lines;
    if (len > 0 && raw[len - 1] != '\n') {
        std::cerr << path << ": missing final newline\n";
        std::free(raw);
        raw = nullptr;
    }
    std::free(raw);
    return lines;
}
