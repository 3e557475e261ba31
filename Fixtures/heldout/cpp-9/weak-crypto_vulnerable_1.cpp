// Firmware bundle tool for the door controllers: checksums images and obscures the config blob.
#include <nettle/arcfour.h>
#include <nettle/md5.h>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace bundle {

std::vector<std::uint8_t> read_all(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string image_digest(const std::vector<std::uint8_t> &image) {
    md5_ctx ctx;
    std::uint8_t digest[MD5_DIGEST_SIZE];
    md5_init(&ctx); // expect: weak-crypto
    md5_update(&ctx, image.size(), image.data());
    md5_digest(&ctx, sizeof digest, digest);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

void seal_config(std::vector<std::uint8_t> &config, const std::uint8_t key[16]) {
    arcfour_ctx ctx;
    arcfour_set_key(&ctx, 16, key); // expect: weak-crypto
    arcfour_crypt(&ctx, config.size(), config.data(), config.data());
}

}  // namespace bundle
