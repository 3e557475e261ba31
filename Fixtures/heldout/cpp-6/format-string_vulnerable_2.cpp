// hiredis: stores player profiles; the profile field name comes from the client's update request.
#include <hiredis/hiredis.h>
#include <cstdio>
#include <string>

bool update_profile(redisContext* ctx, const std::string& player, const std::string& field,
                    const std::string& value)
{
    std::string command = "HSET profile:" + player + " " + field + " %s";
    auto* reply = static_cast<redisReply*>(redisCommand(ctx, command.c_str(), value.c_str())); // expect: format-string
    if (reply == nullptr)
        return false;
    bool ok = reply->type == REDIS_REPLY_INTEGER;
    freeReplyObject(reply);
    if (!ok) {
        std::string note = "profile update rejected for " + player + "\n";
        std::fprintf(stderr, note.c_str()); // expect: format-string
    }
    return ok;
}
