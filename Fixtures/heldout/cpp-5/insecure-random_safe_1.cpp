// apikeys_addon.cpp - Node-API addon generating API keys for the developer portal.
#include <node_api.h>
#include <openssl/rand.h>
#include <string>

namespace {

constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// 62 symbols: bytes >= 248 are rejected so that every symbol is equally likely.
bool next_key(const std::string& prefix, std::size_t length, std::string& key)
{
    key = prefix;
    unsigned char byte = 0;
    while (key.size() < prefix.size() + length) {
        if (RAND_bytes(&byte, 1) != 1) {
            return false;
        }
        if (byte < 248) {
            key += kAlphabet[byte % 62];
        }
    }
    return true;
}

napi_value NewKey(napi_env env, napi_callback_info)
{
    std::string key;
    if (!next_key("pk_", 32, key)) {
        napi_throw_error(env, nullptr, "entropy source failed");
        return nullptr;
    }
    napi_value result;
    napi_create_string_utf8(env, key.c_str(), key.size(), &result);
    return result;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "newKey", NAPI_AUTO_LENGTH, NewKey, nullptr, &fn);
    napi_set_named_property(env, exports, "newKey", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
