// readall.cpp - read a file through a C decompression API that returns malloc'd buffers
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

extern "C" unsigned char* lz_decompress_file(const char* path, std::size_t* len);

std::string read_compressed(const std::string& path)
{
    std::size_t len = 0;
    unsigned char* raw = lz_decompress_file(path.c_str(), &len);
    if (raw == nullptr)
        throw std::runtime_error("cannot decompress " + path);
    std::unique_ptr<unsigned char, decltype(&std::free)> guard(raw, &std::free);

    std::string text(reinterpret_cast<const char*>(raw), len);
    std::free(raw); // expect: double-free
    return text;
}

int count_lines(const std::string& path)
{
    std::size_t len = 0;
    unsigned char* raw = lz_decompress_file(path.c_str(), &len);
    if (raw == nullptr)
        return -1;
    int lines = 0;
    try {
        for (std::size_t i = 0; i < len; ++i)
            if (raw[i] == '\n')
                ++lines;
        if (len > 0 && raw[len - 1] != '\n')
            throw std::runtime_error("missing final newline");
    } catch (const std::exception& e) {
        std::cerr << path << ": " << e.what() << '\n';
        std::free(raw);
    }
    std::free(raw); // expect: double-free
    return lines;
}
