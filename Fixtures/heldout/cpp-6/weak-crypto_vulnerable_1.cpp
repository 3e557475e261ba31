// Crypto++: legacy licence files for the desktop app (key checks and the encrypted payload).
#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include <cryptopp/des.h>
#include <cryptopp/md5.h>
#include <cryptopp/modes.h>
#include <cstdio>
#include <string>
#include <vector>

std::string licence_checksum(const std::string& licensee, const std::string& serial)
{
    const std::string material = licensee + ":" + serial;
    CryptoPP::byte digest[16];
    CryptoPP::Weak::MD5().CalculateDigest(digest, reinterpret_cast<const CryptoPP::byte*>(material.data()), // expect: weak-crypto
                                          material.size());
    std::string hex;
    char pair[3];
    for (CryptoPP::byte b : digest) {
        std::snprintf(pair, sizeof pair, "%02x", b);
        hex += pair;
    }
    return hex;
}

std::vector<CryptoPP::byte> seal_licence(const std::vector<CryptoPP::byte>& padded_body, const CryptoPP::byte key[16])
{
    std::vector<CryptoPP::byte> sealed(padded_body.size());
    CryptoPP::ECB_Mode<CryptoPP::DES_EDE2>::Encryption cipher; // expect: weak-crypto
    cipher.SetKey(key, CryptoPP::DES_EDE2::DEFAULT_KEYLENGTH);
    cipher.ProcessData(sealed.data(), padded_body.data(), padded_body.size());
    return sealed;
}
