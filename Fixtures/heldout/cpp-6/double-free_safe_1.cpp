// hiredis: loads a user's saved cart; malformed entries abort the load.
#include <hiredis/hiredis.h>
#include <memory>
#include <string>
#include <vector>

struct CartLine {
    std::string sku;
    int quantity;
};

bool load_cart(redisContext* ctx, const std::string& user, std::vector<CartLine>& lines)
{
    std::unique_ptr<redisReply, decltype(&freeReplyObject)> reply(
        static_cast<redisReply*>(redisCommand(ctx, "HGETALL cart:%s", user.c_str())), &freeReplyObject);
    if (!reply)
        return false;
    if (reply->type != REDIS_REPLY_ARRAY)
        return false;
    for (std::size_t i = 0; i + 1 < reply->elements; i += 2) {
        const redisReply* qty = reply->element[i + 1];
        if (qty->type != REDIS_REPLY_STRING)
            return false;
        lines.push_back({std::string(reply->element[i]->str, reply->element[i]->len), std::stoi(qty->str)});
    }
    return true;
}
