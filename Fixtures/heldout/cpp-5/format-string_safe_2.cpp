// logbridge_addon.cpp - Node-API addon: forwards JavaScript log lines to the host's syslog and stderr.
#include <node_api.h>
#include <syslog.h>
#include <cstdio>
#include <string>

namespace {

std::string arg_string(napi_env env, napi_value value)
{
    std::size_t len = 0;
    napi_get_value_string_utf8(env, value, nullptr, 0, &len);
    std::string out(len, '\0');
    napi_get_value_string_utf8(env, value, out.data(), len + 1, &len);
    return out;
}

void emit(int priority, const std::string& line)
{
    ::syslog(priority, "%s", line.c_str());
    if (priority <= LOG_WARNING) {
        std::fputs(line.c_str(), stderr);
        std::fputc('\n', stderr);
    }
}

napi_value Log(napi_env env, napi_callback_info info)
{
    std::size_t argc = 2;
    napi_value argv[2];
    int32_t priority = LOG_INFO;
    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    if (argc < 1) {
        return nullptr;
    }
    if (argc > 1) {
        napi_get_value_int32(env, argv[1], &priority);
    }
    emit(priority & LOG_PRIMASK, arg_string(env, argv[0]));
    return nullptr;
}

napi_value Init(napi_env env, napi_value exports)
{
    ::openlog("node-app", LOG_PID, LOG_USER);
    napi_value fn;
    napi_create_function(env, "log", NAPI_AUTO_LENGTH, Log, nullptr, &fn);
    napi_set_named_property(env, exports, "log", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
