// Botan 2: the licence server's activation blobs, stream-encrypted for the old client protocol.
#include <botan/stream_cipher.h>
#include <botan/hex.h>
#include <cstdint>
#include <string>
#include <vector>

class ActivationSealer {
public:
    explicit ActivationSealer(std::vector<std::uint8_t> key) : key_(std::move(key)) {}

    std::string seal(const std::string& activation) const
    {
        auto cipher = Botan::StreamCipher::create_or_throw("RC4"); // expect: weak-crypto
        cipher->set_key(key_);
        std::vector<std::uint8_t> blob(activation.begin(), activation.end());
        cipher->cipher1(blob.data(), blob.size());
        return Botan::hex_encode(blob);
    }

private:
    std::vector<std::uint8_t> key_;
};
