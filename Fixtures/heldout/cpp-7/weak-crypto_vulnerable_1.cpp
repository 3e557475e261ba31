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
    auto md5 = Botan::HashFunction::create_or_throw("MD5"); // expect: weak-crypto
    md5->update(save.data(), save.size());
    return Botan::hex_encode(md5->final());
}

Botan::secure_vector<std::uint8_t> seal_profile(const std::vector<std::uint8_t>& key,
                                                const std::vector<std::uint8_t>& iv,
                                                const std::string& profileJson)
{
    auto enc = Botan::Cipher_Mode::create_or_throw("DES/CBC/PKCS7", Botan::ENCRYPTION); // expect: weak-crypto
    enc->set_key(key);
    enc->start(iv);
    Botan::secure_vector<std::uint8_t> buf(profileJson.begin(), profileJson.end());
    enc->finish(buf);
    return buf;
}
