// hiredis job worker: converts uploaded audio with sox; jobs are pushed by the web app.
#include <hiredis/hiredis.h>
#include <cstdlib>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

static int convert(const std::string& input, const std::string& rate)
{
    static const std::regex upload{"/srv/audio/in/[A-Za-z0-9_-]{1,64}\\.wav"};
    static const std::regex digits{"[0-9]{4,6}"};
    if (!std::regex_match(input, upload) || !std::regex_match(rate, digits))
        return -1;
    std::string out = "/srv/audio/out/" + input.substr(input.rfind('/') + 1) + ".ogg";
    pid_t pid = ::fork();
    if (pid == 0) {
        ::execlp("sox", "sox", input.c_str(), "-r", rate.c_str(), out.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
