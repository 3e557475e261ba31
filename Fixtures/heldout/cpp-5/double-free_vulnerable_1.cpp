// inflate_buf.cpp - inflates zlib-compressed map chunks received from the tile server.
#include <zlib.h>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace tiles {

std::vector<unsigned char> inflate_chunk(const unsigned char* data, std::size_t size, std::size_t expected)
{
    auto* out = static_cast<unsigned char*>(std::malloc(expected));
    if (out == nullptr) {
        throw std::bad_alloc();
    }
    z_stream zs{};
    zs.next_in = const_cast<unsigned char*>(data);
    zs.avail_in = static_cast<uInt>(size);
    zs.next_out = out;
    zs.avail_out = static_cast<uInt>(expected);
    if (inflateInit(&zs) != Z_OK) {
        std::free(out);
        throw std::runtime_error("inflateInit failed");
    }
    const int rc = inflate(&zs, Z_FINISH);
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        std::free(out);
    }
    std::vector<unsigned char> result;
    if (rc == Z_STREAM_END) {
        result.assign(out, out + zs.total_out);
    }
    std::free(out); // expect: double-free
    if (rc != Z_STREAM_END) {
        throw std::runtime_error("corrupt chunk");
    }
    return result;
}

}  // namespace tiles
