// legacy_auth_addon.cpp - Node-API addon that checks members' passwords and seals their remember-me cookies.
#include <node_api.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <memory>
#include <string>

namespace {

struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const noexcept { EVP_MD_CTX_free(c); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const noexcept { EVP_CIPHER_CTX_free(c); }
};

std::string arg(napi_env env, napi_value value)
{
    std::size_t len = 0;
    napi_get_value_string_utf8(env, value, nullptr, 0, &len);
    std::string out(len, '\0');
    napi_get_value_string_utf8(env, value, out.data(), len + 1, &len);
    return out;
}

std::string password_digest(const std::string& salt, const std::string& password)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || !EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) // expect: weak-crypto
        || !EVP_DigestUpdate(ctx.get(), salt.data(), salt.size())
        || !EVP_DigestUpdate(ctx.get(), password.data(), password.size())
        || !EVP_DigestFinal_ex(ctx.get(), md, &len)) {
        return {};
    }
    return std::string(reinterpret_cast<char*>(md), len);
}

std::string seal_cookie(const std::string& key, const std::string& member_id)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::string out(member_id.size() + 16, '\0');
    int n = 0;
    int tail = 0;
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    if (!ctx
        || !EVP_EncryptInit_ex(ctx.get(), EVP_bf_ecb(), nullptr, // expect: weak-crypto
                               reinterpret_cast<const unsigned char*>(key.data()), nullptr)
        || !EVP_EncryptUpdate(ctx.get(), dst, &n, reinterpret_cast<const unsigned char*>(member_id.data()),
                              static_cast<int>(member_id.size()))
        || !EVP_EncryptFinal_ex(ctx.get(), dst + n, &tail)) {
        return {};
    }
    out.resize(static_cast<std::size_t>(n + tail));
    return out;
}

napi_value Check(napi_env env, napi_callback_info info)
{
    std::size_t argc = 3;
    napi_value argv[3];
    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    const std::string digest = password_digest(arg(env, argv[0]), arg(env, argv[1]));
    const std::string stored = arg(env, argv[2]);
    const bool ok = digest.size() == stored.size() && CRYPTO_memcmp(digest.data(), stored.data(), digest.size()) == 0;
    napi_value result;
    napi_get_boolean(env, ok, &result);
    return result;
}

napi_value Seal(napi_env env, napi_callback_info info)
{
    std::size_t argc = 2;
    napi_value argv[2];
    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    const std::string sealed = seal_cookie(arg(env, argv[0]), arg(env, argv[1]));
    napi_value result;
    void* copy = nullptr;
    napi_create_buffer_copy(env, sealed.size(), sealed.data(), &copy, &result);
    return result;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value check, seal;
    napi_create_function(env, "check", NAPI_AUTO_LENGTH, Check, nullptr, &check);
    napi_create_function(env, "seal", NAPI_AUTO_LENGTH, Seal, nullptr, &seal);
    napi_set_named_property(env, exports, "check", check);
    napi_set_named_property(env, exports, "seal", seal);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
