// passwords.cpp - user store for the library-management project
#include <iomanip>
#include <openssl/evp.h>
#include <sstream>
#include <stdexcept>
#include <string>

static std::string to_hex(const unsigned char* data, unsigned int len)
{
    std::ostringstream out;
    for (unsigned int i = 0; i < len; ++i)
        out << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(data[i]);
    return out.str();
}

std::string digest(const std::string& text, const EVP_MD* md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(text.data(), text.size(), buf, &len, md, nullptr) != 1)
        throw std::runtime_error("digest failed");
    return to_hex(buf, len);
}

std::string hash_password(const std::string& password, const std::string& salt)
{
    return digest(salt + password, EVP_md5()); // expect: weak-crypto
}

std::string remember_me_token(const std::string& user, const std::string& server_secret)
{
    return digest(user + ":" + server_secret, EVP_sha1()); // expect: weak-crypto
}
