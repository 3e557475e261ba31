// apikeys_addon.cpp - Node-API addon generating API keys for the developer portal.
#include <node_api.h>
#include <chrono>
#include <random>
#include <string>

namespace {

constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

class KeyGenerator {
public:
    KeyGenerator()
        : engine_(static_cast<std::mt19937_64::result_type>(
              std::chrono::steady_clock::now().time_since_epoch().count()))
        , pick_(0, sizeof kAlphabet - 2)
    {
    }

    std::string next(const std::string& prefix, std::size_t length)
    {
        std::string key = prefix;
        for (std::size_t i = 0; i < length; ++i) {
            key += kAlphabet[pick_(engine_)]; // expect: insecure-random
        }
        return key;
    }

private:
    std::mt19937_64 engine_;
    std::uniform_int_distribution<std::size_t> pick_;
};

KeyGenerator& generator()
{
    static KeyGenerator g;
    return g;
}

napi_value NewKey(napi_env, napi_callback_info);

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "newKey", NAPI_AUTO_LENGTH, NewKey, nullptr, &fn);
    napi_set_named_property(env, exports, "newKey", fn);
    return exports;
}

napi_value NewKey(napi_env env, napi_callback_info)
{
    const std::string key = generator().next("pk_", 32);
    napi_value result;
    napi_create_string_utf8(env, key.c_str(), key.size(), &result);
    return result;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
