// Crypto++: licence files for the desktop app (key checks and the encrypted payload).
#include <cryptopp/aes.h>
#include <cryptopp/gcm.h>
#include <cryptopp/sha.h>
#include <cstdio>
#include <string>
#include <vector>

std::string licence_checksum(const std::string& licensee, const std::string& serial)
{
    const std::string material = licensee + ":" + serial;
    CryptoPP::byte digest[CryptoPP::SHA256::DIGESTSIZE];
    CryptoPP::SHA256().CalculateDigest(digest, reinterpret_cast<const CryptoPP::byte*>(material.data()),
                                       material.size());
    std::string hex;
    char pair[3];
    for (CryptoPP::byte b : digest) {
        std::snprintf(pair, sizeof pair, "%02x", b);
        hex += pair;
    }
    return hex;
}

std::vector<CryptoPP::byte> seal_licence(const std::vector<CryptoPP::byte>& body, const CryptoPP::byte key[32],
                                         const CryptoPP::byte iv[12])
{
    std::vector<CryptoPP::byte> sealed(body.size() + 16);
    CryptoPP::GCM<CryptoPP::AES>::Encryption cipher;
    cipher.SetKeyWithIV(key, 32, iv, 12);
    cipher.EncryptAndAuthenticate(sealed.data(), sealed.data() + body.size(), 16, iv, 12, nullptr, 0,
                                  body.data(), body.size());
    return sealed;
}
