#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

/* from redismodule.h */
typedef struct RedisModuleCtx RedisModuleCtx;
typedef struct RedisModuleString RedisModuleString;
typedef struct RedisModuleCallReply RedisModuleCallReply;
const char *RedisModule_StringPtrLen(const RedisModuleString *str, size_t *len);
RedisModuleCallReply *RedisModule_Call(RedisModuleCtx *ctx, const char *cmd, const char *fmt, ...);
int RedisModule_ReplyWithStringBuffer(RedisModuleCtx *ctx, const char *buf, size_t len);
int RedisModule_ReplyWithError(RedisModuleCtx *ctx, const char *err);
int RedisModule_WrongArity(RedisModuleCtx *ctx);

static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

static int reset_code(char *out, size_t n)
{
    unsigned char raw[32];
    if (n > sizeof raw || getrandom(raw, n, 0) != (ssize_t)n)
        return -1;
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[raw[i] & 31];
    out[n] = '\0';
    return 0;
}

/* RESET.ISSUE <account> : stores a one-time password-reset code for 15 minutes */
int ResetIssue_RedisCommand(RedisModuleCtx *ctx, RedisModuleString **argv, int argc)
{
    if (argc != 2)
        return RedisModule_WrongArity(ctx);
    size_t len;
    const char *account = RedisModule_StringPtrLen(argv[1], &len);
    char code[13];
    if (reset_code(code, 12) != 0)
        return RedisModule_ReplyWithError(ctx, "ERR entropy unavailable");
    char key[128];
    snprintf(key, sizeof key, "reset:%.*s", (int)len, account);
    RedisModule_Call(ctx, "SET", "ccc", key, code, "EX");
    return RedisModule_ReplyWithStringBuffer(ctx, code, strlen(code));
}
