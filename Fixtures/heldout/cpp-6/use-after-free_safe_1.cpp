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
    std::optional<std::string> value;
    if (reply->type == REDIS_REPLY_STRING)
        value.emplace(reply->str, reply->len);
    freeReplyObject(reply);
    if (!value)
        return std::nullopt;
    std::fprintf(stderr, "flag %s = %s\n", flag.c_str(), value->c_str());
    return *value == "on";
}
