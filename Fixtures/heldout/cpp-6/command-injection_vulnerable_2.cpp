// hiredis job worker: converts uploaded audio with sox; jobs are pushed by the web app.
#include <hiredis/hiredis.h>
#include <fmt/core.h>
#include <cstdio>
#include <string>

static int convert(const std::string& input, const std::string& rate)
{
    std::string cmd = fmt::format("sox '{}' -r {} /srv/audio/out/{}.ogg", input, rate, input.substr(input.rfind('/') + 1));
    FILE* pipe = ::popen(cmd.c_str(), "r"); // expect: command-injection
    if (pipe == nullptr)
        return -1;
    char line[256];
    while (std::fgets(line, sizeof line, pipe) != nullptr)
        std::fputs(line, stderr);
    return ::pclose(pipe);
}

void work(redisContext* ctx)
{
    for (;;) {
        auto* job = static_cast<redisReply*>(redisCommand(ctx, "BRPOP audio:jobs 0"));
        if (job == nullptr)
            return;
        if (job->type == REDIS_REPLY_ARRAY && job->elements == 2) {
            std::string payload(job->element[1]->str, job->element[1]->len);
            std::size_t sep = payload.find('|');
            convert(payload.substr(0, sep), sep == std::string::npos ? "44100" : payload.substr(sep + 1));
        }
        freeReplyObject(job);
    }
}
