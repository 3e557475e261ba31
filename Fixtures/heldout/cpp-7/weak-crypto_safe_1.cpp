// Botan 2: save-game integrity and the encrypted player profile of the desktop game.
#include <botan/cipher_mode.h>
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/secmem.h>
#include <cstdint>
#include <string>
#include <vector>

std::string save_checksum(const std::vector<std::uint8_t>& save)
{
    auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    sha->update(save.data(), save.size());
    return Botan::hex_encode(sha->final());
}

Botan::secure_vector<std::uint8_t> seal_profile(const std::vector<std::uint8_t>& key,
                                                const std::vector<std::uint8_t>& nonce,
                                                const std::string& profileJson)
{
    auto enc = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    enc->set_key(key);
    enc->start(nonce);
    Botan::secure_vector<std::uint8_t> buf(profileJson.begin(), profileJson.end());
    enc->finish(buf);
    return buf;
}
