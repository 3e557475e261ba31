// hiredis: rate limiter counters kept in Redis for the public API.
#include <hiredis/hiredis.h>
#include <cstdint>
#include <string>

std::int64_t hits_in_window(redisContext* ctx, const std::string& key, int window_seconds)
{
    redisReply* reply = (redisReply*)redisCommand(ctx, "INCR %s", key.c_str()); // expect: c-style-cast
    if (reply == nullptr)
        return -1;
    std::int64_t hits = reply->type == REDIS_REPLY_INTEGER ? reply->integer : -1;
    freeReplyObject(reply);
    if (hits == 1) {
        redisReply* expire = static_cast<redisReply*>(
            redisCommand(ctx, "EXPIRE %s %d", key.c_str(), window_seconds));
        if (expire != nullptr)
            freeReplyObject(expire);
    }
    return hits;
}

int remaining(std::int64_t hits, std::int64_t limit)
{
    return hits < 0 ? 0 : (int)(limit - hits); // expect: c-style-cast
}
