// gitsync_addon.cpp - Node-API addon used by the docs site builder to refresh content repositories.
#include <node_api.h>
#include <cstdlib>
#include <string>

namespace {

std::string to_string(napi_env env, napi_value value)
{
    std::size_t len = 0;
    napi_get_value_string_utf8(env, value, nullptr, 0, &len);
    std::string out(len, '\0');
    napi_get_value_string_utf8(env, value, out.data(), len + 1, &len);
    return out;
}

std::string sync_command(const std::string& checkout, const std::string& branch)
{
    std::string cmd = "git -C /srv/content/";
    cmd += checkout;
    cmd += " fetch --quiet origin && git -C /srv/content/" + checkout + " checkout --quiet " + branch;
    return cmd;
}

napi_value Sync(napi_env env, napi_callback_info info)
{
    std::size_t argc = 2;
    napi_value argv[2];
    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    if (argc != 2) {
        napi_throw_type_error(env, nullptr, "sync(checkout, branch)");
        return nullptr;
    }
    const std::string cmd = sync_command(to_string(env, argv[0]), to_string(env, argv[1]));
    const int status = std::system(cmd.c_str()); // expect: command-injection
    napi_value result;
    napi_create_int32(env, status, &result);
    return result;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "sync", NAPI_AUTO_LENGTH, Sync, nullptr, &fn);
    napi_set_named_property(env, exports, "sync", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
