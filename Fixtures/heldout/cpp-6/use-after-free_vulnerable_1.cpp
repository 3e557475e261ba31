// hiredis: reads a feature flag and the name of the experiment it belongs to.
#include <hiredis/hiredis.h>
#include <cstdio>
#include <optional>
#include <string>

std::optional<bool> flag_enabled(redisContext* ctx, const std::string& flag)
{
    auto* reply = static_cast<redisReply*>(redisCommand(ctx, "HGET flags %s", flag.c_str()));
    if (reply == nullptr)
        return std::nullopt;
    bool found = reply->type == REDIS_REPLY_STRING;
    freeReplyObject(reply);
    if (!found)
        return std::nullopt;
    std::fprintf(stderr, "flag %s = %s\n", flag.c_str(), reply->str); // expect: use-after-free
    return std::string(reply->str, reply->len) == "on"; // expect: use-after-free
}
