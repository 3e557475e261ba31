// inflate_buf.cpp - inflates zlib-compressed map chunks received from the tile server.
#include <zlib.h>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

namespace tiles {

struct FreeDeleter {
    void operator()(unsigned char* p) const noexcept { std::free(p); }
};

std::vector<unsigned char> inflate_chunk(const unsigned char* data, std::size_t size, std::size_t expected)
{
    std::unique_ptr<unsigned char, FreeDeleter> out(static_cast<unsigned char*>(std::malloc(expected)));
    if (!out) {
        throw std::bad_alloc();
    }
    z_stream zs{};
    zs.next_in = const_cast<unsigned char*>(data);
    zs.avail_in = static_cast<uInt>(size);
    zs.next_out = out.get();
    zs.avail_out = static_cast<uInt>(expected);
    if (inflateInit(&zs) != Z_OK) {
        throw std::runtime_error("inflateInit failed");
    }
    const int rc = inflate(&zs, Z_FINISH);
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        throw std::runtime_error("corrupt chunk");
    }
    return std::vector<unsigned char>(out.get(), out.get() + zs.total_out);
}

}  // namespace tiles
