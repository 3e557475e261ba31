#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* from redismodule.h */
typedef struct RedisModuleCtx RedisModuleCtx;
typedef struct RedisModuleString RedisModuleString;
typedef struct RedisModuleCallReply RedisModuleCallReply;
const char *RedisModule_StringPtrLen(const RedisModuleString *str, size_t *len);
RedisModuleCallReply *RedisModule_Call(RedisModuleCtx *ctx, const char *cmd, const char *fmt, ...);
int RedisModule_ReplyWithStringBuffer(RedisModuleCtx *ctx, const char *buf, size_t len);
int RedisModule_WrongArity(RedisModuleCtx *ctx);

static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

static void reset_code(char *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[random() % (sizeof alphabet - 1)]; // expect: insecure-random
    out[n] = '\0';
}

/* RESET.ISSUE <account> : stores a one-time password-reset code for 15 minutes */
int ResetIssue_RedisCommand(RedisModuleCtx *ctx, RedisModuleString **argv, int argc)
{
    if (argc != 2)
        return RedisModule_WrongArity(ctx);
    size_t len;
    const char *account = RedisModule_StringPtrLen(argv[1], &len);
    char code[13];
    reset_code(code, 12);
    char key[128];
    snprintf(key, sizeof key, "reset:%.*s", (int)len, account);
    RedisModule_Call(ctx, "SET", "ccc", key, code, "EX");
    return RedisModule_ReplyWithStringBuffer(ctx, code, strlen(code));
}

int RedisModule_OnLoad(RedisModuleCtx *ctx, RedisModuleString **argv, int argc)
{
    (void)ctx; (void)argv; (void)argc;
    srandom((unsigned)time(NULL) ^ (unsigned)getpid());
    return 0;
}
