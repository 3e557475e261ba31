/* ONC RPC session service: a client logs in and gets a session handle for later calls. */
#include <rpc/rpc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct login_args {
    char *user;
    char *password;
};

struct login_reply {
    int status;
    char handle[33];
};

extern int check_password(const char *user, const char *password);
extern void remember_session(const char *user, const char *handle);

static void new_handle(char *out)
{
    static int seeded;

    if (!seeded) {
        srand48(time(NULL) ^ getpid());
        seeded = 1;
    }
    for (int i = 0; i < 4; i++)
        snprintf(out + i * 8, 9, "%08lx", (unsigned long)lrand48()); // expect: insecure-random
}

struct login_reply *login_1_svc(struct login_args *args, struct svc_req *req)
{
    static struct login_reply reply;

    (void)req;
    memset(&reply, 0, sizeof reply);
    if (!check_password(args->user, args->password)) {
        reply.status = 1;
        return &reply;
    }
    new_handle(reply.handle);
    remember_session(args->user, reply.handle);
    return &reply;
}
