// gitsync_addon.cpp - Node-API addon used by the docs site builder to refresh content repositories.
#include <node_api.h>
#include <sys/wait.h>
#include <unistd.h>
#include <regex>
#include <string>
#include <vector>

namespace {

std::string to_string(napi_env env, napi_value value)
{
    std::size_t len = 0;
    napi_get_value_string_utf8(env, value, nullptr, 0, &len);
    std::string out(len, '\0');
    napi_get_value_string_utf8(env, value, out.data(), len + 1, &len);
    return out;
}

int run_git(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (const std::string& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execvp("git", argv.data());
        ::_exit(127);
    }
    int status = -1;
    if (pid < 0 || ::waitpid(pid, &status, 0) < 0) {
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

napi_value Sync(napi_env env, napi_callback_info info)
{
    static const std::regex kName("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    std::size_t argc = 2;
    napi_value argv[2];
    napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
    const std::string checkout = argc == 2 ? to_string(env, argv[0]) : "";
    const std::string branch = argc == 2 ? to_string(env, argv[1]) : "";
    if (!std::regex_match(checkout, kName) || !std::regex_match(branch, kName)
        || checkout.find("..") != std::string::npos) {
        napi_throw_type_error(env, nullptr, "sync(checkout, branch)");
        return nullptr;
    }
    const std::string dir = "/srv/content/" + checkout;
    int status = run_git({"git", "-C", dir, "fetch", "--quiet", "origin"});
    if (status == 0) {
        status = run_git({"git", "-C", dir, "checkout", "--quiet", branch, "--"});
    }
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
