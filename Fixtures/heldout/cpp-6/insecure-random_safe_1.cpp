// Poco: password-reset tokens for the intranet's account service.
#include <Poco/RandomStream.h>
#include <string>

class ResetTokens {
public:
    std::string issue()
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::string token;
        while (token.size() < 24) {
            unsigned char byte = 0;
            random_.read(reinterpret_cast<char*>(&byte), 1);
            token += alphabet[byte & 31];
        }
        return token;
    }

private:
    Poco::RandomInputStream random_;
};
