// hiredis: stores player profiles; the profile field name comes from the client's update request.
#include <hiredis/hiredis.h>
#include <cstdio>
#include <string>

bool update_profile(redisContext* ctx, const std::string& player, const std::string& field,
                    const std::string& value)
{
    const char* argv[] = {"HSET", nullptr, field.c_str(), value.c_str()};
    std::string key = "profile:" + player;
    argv[1] = key.c_str();
    const std::size_t lens[] = {4, key.size(), field.size(), value.size()};
    auto* reply = static_cast<redisReply*>(redisCommandArgv(ctx, 4, argv, lens));
    if (reply == nullptr)
        return false;
    bool ok = reply->type == REDIS_REPLY_INTEGER;
    freeReplyObject(reply);
    if (!ok)
        std::fprintf(stderr, "profile update rejected for %s\n", player.c_str());
    return ok;
}
