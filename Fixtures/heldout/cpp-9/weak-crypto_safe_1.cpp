// Firmware bundle tool for the door controllers: checksums images and seals the config blob.
#include <nettle/gcm.h>
#include <nettle/sha2.h>
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
    sha256_ctx ctx;
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, image.size(), image.data());
    sha256_digest(&ctx, sizeof digest, digest);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

void seal_config(std::vector<std::uint8_t> &config, const std::uint8_t key[32],
                 const std::uint8_t nonce[12], std::uint8_t tag[16]) {
    gcm_aes256_ctx ctx;
    gcm_aes256_set_key(&ctx, key);
    gcm_aes256_set_iv(&ctx, 12, nonce);
    gcm_aes256_encrypt(&ctx, config.size(), config.data(), config.data());
    gcm_aes256_digest(&ctx, 16, tag);
}

}  // namespace bundle
