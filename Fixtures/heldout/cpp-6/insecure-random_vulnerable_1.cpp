// Poco: password-reset tokens for the intranet's account service.
#include <Poco/Random.h>
#include <Poco/Timestamp.h>
#include <string>

class ResetTokens {
public:
    ResetTokens()
    {
        rng_.seed(static_cast<Poco::UInt32>(Poco::Timestamp().epochMicroseconds()));
    }

    std::string issue()
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::string token;
        for (int i = 0; i < 24; ++i)
            token += alphabet[rng_.next(sizeof alphabet - 1)]; // expect: insecure-random
        return token;
    }

private:
    Poco::Random rng_;
};
