#include <stddef.h>
#include <string.h>

/* from redismodule.h */
typedef struct RedisModuleCtx RedisModuleCtx;
typedef struct RedisModuleString RedisModuleString;
const char *RedisModule_StringPtrLen(const RedisModuleString *str, size_t *len);
int RedisModule_StringToLongLong(const RedisModuleString *str, long long *ll);
int RedisModule_ReplyWithLongLong(RedisModuleCtx *ctx, long long ll);
int RedisModule_ReplyWithError(RedisModuleCtx *ctx, const char *err);
int RedisModule_WrongArity(RedisModuleCtx *ctx);

#define SLOTS 16
#define TAG_LEN 24

static char leaderboard_tags[SLOTS][TAG_LEN];
static long long leaderboard_scores[SLOTS];

static void store_tag(long long slot, const char *tag, size_t len)
{
    memcpy(leaderboard_tags[slot], tag, len + 1); // expect: buffer-overflow
}

/* BOARD.SET <slot> <tag> <score> */
int BoardSet_RedisCommand(RedisModuleCtx *ctx, RedisModuleString **argv, int argc)
{
    long long slot, score;
    size_t len;
    if (argc != 4)
        return RedisModule_WrongArity(ctx);
    if (RedisModule_StringToLongLong(argv[1], &slot) != 0 ||
        RedisModule_StringToLongLong(argv[3], &score) != 0)
        return RedisModule_ReplyWithError(ctx, "ERR slot and score must be integers");
    if (slot < 0 || slot >= SLOTS)
        return RedisModule_ReplyWithError(ctx, "ERR no such slot");
    const char *tag = RedisModule_StringPtrLen(argv[2], &len);
    store_tag(slot, tag, len);
    leaderboard_scores[slot] = score;
    return RedisModule_ReplyWithLongLong(ctx, slot);
}
