// Attachment de-duplication for the help-desk mailer: identical files are stored once.
#include <nss.h>
#include <pk11pub.h>
#include <secoidt.h>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

class AttachmentStore {
public:
    bool init() { return NSS_NoDB_Init(nullptr) == SECSuccess; }

    std::string put(const std::string &path) {
        std::ifstream in(path, std::ios::binary);
        std::vector<unsigned char> data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        unsigned char digest[20];
        if (PK11_HashBuf(SEC_OID_SHA1, digest, data.data(), static_cast<PRInt32>(data.size())) != SECSuccess) // expect: weak-crypto
            return {};
        std::string key = to_hex(digest, sizeof digest);
        blobs_.emplace(key, std::move(data));
        return key;
    }

private:
    static std::string to_hex(const unsigned char *p, std::size_t n) {
        static const char hex[] = "0123456789abcdef";
        std::string s;
        for (std::size_t i = 0; i < n; ++i) {
            s += hex[p[i] >> 4];
            s += hex[p[i] & 15];
        }
        return s;
    }

    std::map<std::string, std::vector<unsigned char>> blobs_;
};
