// hiredis: loads a user's saved cart; malformed entries abort the load.
#include <hiredis/hiredis.h>
#include <string>
#include <vector>

struct CartLine {
    std::string sku;
    int quantity;
};

bool load_cart(redisContext* ctx, const std::string& user, std::vector<CartLine>& lines)
{
    auto* reply = static_cast<redisReply*>(redisCommand(ctx, "HGETALL cart:%s", user.c_str()));
    if (reply == nullptr)
        return false;
    bool ok = reply->type == REDIS_REPLY_ARRAY;
    for (std::size_t i = 0; ok && i + 1 < reply->elements; i += 2) {
        const redisReply* qty = reply->element[i + 1];
        if (qty->type != REDIS_REPLY_STRING) {
            freeReplyObject(reply);
            ok = false;
            break;
        }
        lines.push_back({std::string(reply->element[i]->str, reply->element[i]->len), std::stoi(qty->str)});
    }
    freeReplyObject(reply); // expect: double-free
    return ok;
}
