// passwords.cpp (fixed) - PBKDF2-HMAC-SHA256 for passwords, HMAC-SHA256 for tokens
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdexcept>
#include <string>
#include <vector>

constexpr int kIterations = 600000;

std::vector<unsigned char> hash_password(const std::string& password, const std::vector<unsigned char>& salt)
{
    std::vector<unsigned char> out(32);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                          static_cast<int>(salt.size()), kIterations, EVP_sha256(),
                          static_cast<int>(out.size()), out.data()) != 1)
        throw std::runtime_error("pbkdf2 failed");
    return out;
}

std::vector<unsigned char> remember_me_token(const std::string& user, const std::string& server_secret)
{
    std::vector<unsigned char> mac(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    if (HMAC(EVP_sha256(), server_secret.data(), static_cast<int>(server_secret.size()),
             reinterpret_cast<const unsigned char*>(user.data()), user.size(), mac.data(), &len) == nullptr)
        throw std::runtime_error("hmac failed");
    mac.resize(len);
    return mac;
}

// Legacy rows still say "md5$..." in the hash column; they are migrated on next login.
bool is_legacy_hash(const std::string& stored)
{
    return stored.rfind("md5$", 0) == 0;
}
