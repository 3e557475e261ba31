// tokens.cpp (fixed) - key material from OpenSSL's CSPRNG; std::rand only picks a shard
#include <cstdlib>
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

std::string make_api_key()
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1)
        throw std::runtime_error("RAND_bytes failed");
    std::string key;
    for (unsigned char b : raw) {
        key += hex[b >> 4];
        key += hex[b & 0x0f];
    }
    return key;
}

// Spread cache writes over shards; nothing secret depends on this choice.
int pick_cache_shard(int shards)
{
    return std::rand() % shards;
}

std::string shard_name(int shards)
{
    return "cache-" + std::to_string(pick_cache_shard(shards));
}
