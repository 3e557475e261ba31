// Poco: API client secrets for the partner gateway are stored as salted digests.
#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>
#include <string>

class SecretStore {
public:
    static std::string digest(const std::string& salt, const std::string& secret)
    {
        Poco::SHA1Engine engine; // expect: weak-crypto
        engine.update(salt);
        engine.update(secret);
        return Poco::DigestEngine::digestToHex(engine.digest());
    }

    bool matches(const std::string& salt, const std::string& presented, const std::string& stored) const
    {
        return digest(salt, presented) == stored;
    }
};
