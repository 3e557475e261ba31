// napi_args.cpp - argument helpers of the Node-API addons, compiled once and declared in napi_args.h.
#include <node_api.h>
#include <cstdint>
#include <string>
#include <vector>

using namespace std;

namespace addon {

bool get_string(napi_env env, napi_value value, string& out)
{
    size_t len = 0;
    if (napi_get_value_string_utf8(env, value, nullptr, 0, &len) != napi_ok) {
        return false;
    }
    out.assign(len, '\0');
    return napi_get_value_string_utf8(env, value, out.data(), len + 1, &len) == napi_ok;
}

bool get_strings(napi_env env, napi_value array, vector<string>& out)
{
    uint32_t n = 0;
    if (napi_get_array_length(env, array, &n) != napi_ok) {
        return false;
    }
    out.clear();
    for (uint32_t i = 0; i < n; ++i) {
        napi_value item;
        string s;
        if (napi_get_element(env, array, i, &item) != napi_ok || !get_string(env, item, s)) {
            return false;
        }
        out.push_back(move(s));
    }
    return true;
}

}  // namespace addon
