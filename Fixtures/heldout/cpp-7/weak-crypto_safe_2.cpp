// Botan 2: the licence server's activation blobs, sealed with ChaCha20-Poly1305 for the current protocol.
#include <botan/cipher_mode.h>
#include <botan/hex.h>
#include <botan/secmem.h>
#include <cstdint>
#include <string>
#include <vector>

class ActivationSealer {
public:
    explicit ActivationSealer(std::vector<std::uint8_t> key) : key_(std::move(key)) {}

    std::string seal(const std::string& activation, const std::vector<std::uint8_t>& nonce) const
    {
        auto aead = Botan::Cipher_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION);
        aead->set_key(key_);
        aead->start(nonce);
        Botan::secure_vector<std::uint8_t> blob(activation.begin(), activation.end());
        aead->finish(blob);
        return Botan::hex_encode(nonce) + ":" + Botan::hex_encode(blob);
    }

private:
    std::vector<std::uint8_t> key_;
};
