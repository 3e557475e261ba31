// member_auth_addon.cpp - Node-API addon that checks members' passwords and seals their remember-me cookies.
#include <node_api.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <memory>
#include <string>

namespace {

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
    std::string out(32, '\0');
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                          600000, EVP_sha256(), 32, reinterpret_cast<unsigned char*>(out.data())) != 1) {
        return {};
    }
    return out;
}

// Output: 12-byte nonce | ciphertext | 16-byte tag, with AES-256-GCM; key must be 32 bytes.
std::string seal_cookie(const std::string& key, const std::string& member_id)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::string out(12 + member_id.size() + 16, '\0');
    auto* base = reinterpret_cast<unsigned char*>(out.data());
    int n = 0;
    int tail = 0;
    if (!ctx || key.size() != 32 || RAND_bytes(base, 12) != 1
        || !EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                               reinterpret_cast<const unsigned char*>(key.data()), base)
        || !EVP_EncryptUpdate(ctx.get(), base + 12, &n, reinterpret_cast<const unsigned char*>(member_id.data()),
                              static_cast<int>(member_id.size()))
        || !EVP_EncryptFinal_ex(ctx.get(), base + 12 + n, &tail)
        || !EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, base + 12 + n + tail)) {
        return {};
    }
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
