/* ONC RPC session service: a client logs in and gets a session handle for later calls. */
#include <rpc/rpc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static int new_handle(char *out)
{
    unsigned char raw[16];

    if (getentropy(raw, sizeof raw) != 0)
        return -1;
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(out + i * 2, 3, "%02x", raw[i]);
    return 0;
}

struct login_reply *login_1_svc(struct login_args *args, struct svc_req *req)
{
    static struct login_reply reply;

    (void)req;
    memset(&reply, 0, sizeof reply);
    if (!check_password(args->user, args->password) || new_handle(reply.handle) != 0) {
        reply.status = 1;
        return &reply;
    }
    remember_session(args->user, reply.handle);
    return &reply;
}
