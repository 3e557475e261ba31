// savegame_safe.cpp - HMAC-SHA256 upload signatures and SHA-256 content ids
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <iostream>
#include <string>
#include <vector>

class UploadSigner {
public:
    explicit UploadSigner(std::vector<unsigned char> key) : key_(std::move(key)) {}

    std::vector<unsigned char> signature(const std::vector<unsigned char>& blob) const {
        std::vector<unsigned char> mac(EVP_MAX_MD_SIZE);
        unsigned int len = 0;
        HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()), blob.data(), blob.size(), mac.data(), &len);
        mac.resize(len);
        return mac;
    }

    static std::vector<unsigned char> contentId(const std::vector<unsigned char>& blob) {
        std::vector<unsigned char> id(EVP_MAX_MD_SIZE);
        unsigned int len = 0;
        EVP_Digest(blob.data(), blob.size(), id.data(), &len, EVP_sha256(), nullptr);
        id.resize(len);
        return id;
    }

    static void warnLegacy(std::ostream& out) {
        out << "Saves from version 1.x used AES-128-ECB and SHA-1 signatures; they are converted on load.\n";
    }

private:
    std::vector<unsigned char> key_;
};
