// semver_addon.cpp - Node-API addon: parses and bumps semantic versions for the release tooling.
#include <node_api.h>
#include <cstdio>
#include <cstring>

namespace {

struct Version {
    int major = 0;
    int minor = 0;
    int patch = 0;
    char pre[32] = "";
};

bool read_string(napi_env env, napi_value value, char* out, std::size_t cap)
{
    std::size_t len = 0;
    return napi_get_value_string_utf8(env, value, out, cap, &len) == napi_ok;
}

bool parse(const char* text, Version& v)
{
    return std::sscanf(text, "%d.%d.%d-%31s", &v.major, &v.minor, &v.patch, v.pre) >= 3;
}

napi_value Bump(napi_env env, napi_callback_info info)
{
    std::size_t argc = 3;
    napi_value argv[3];
    char text[128];
    char part[16];
    char out[160];
    Version v;

    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    if (argc < 2 || !read_string(env, argv[0], text, sizeof text) || !read_string(env, argv[1], part, sizeof part)
        || !parse(text, v)) {
        napi_throw_error(env, nullptr, "bump(version, part)");
        return nullptr;
    }
    if (std::strcmp(part, "major") == 0) {
        v = Version{v.major + 1, 0, 0, ""};
    } else if (std::strcmp(part, "minor") == 0) {
        v = Version{v.major, v.minor + 1, 0, ""};
    } else {
        v.patch += v.pre[0] ? 0 : 1;
        v.pre[0] = '\0';
    }
    std::snprintf(out, sizeof out, "%d.%d.%d%s", v.major, v.minor, v.patch, argc > 2 ? "-next" : "");
    napi_value result;
    napi_create_string_utf8(env, out, NAPI_AUTO_LENGTH, &result);
    return result;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "bump", NAPI_AUTO_LENGTH, Bump, nullptr, &fn);
    napi_set_named_property(env, exports, "bump", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
