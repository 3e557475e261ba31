/* PAM module: mails a one-time code to the user's registered address (fallback second factor). */
#define PAM_SM_AUTH
#include <security/pam_modules.h>
#include <security/pam_ext.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern int mail_code(const char *user, const char *code);

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
    const char *user = NULL;
    char *answer = NULL;
    char code[7];
    struct timespec backoff;
    int ok;

    (void)flags; (void)argc; (void)argv;
    if (sodium_init() < 0 || pam_get_user(pamh, &user, NULL) != PAM_SUCCESS)
        return PAM_AUTHINFO_UNAVAIL;
    snprintf(code, sizeof code, "%06u", (unsigned int)randombytes_uniform(1000000));
    if (mail_code(user, code) != 0)
        return PAM_AUTHINFO_UNAVAIL;
    if (pam_prompt(pamh, PAM_PROMPT_ECHO_ON, &answer, "Code sent by mail: ") != PAM_SUCCESS || answer == NULL)
        return PAM_CONV_ERR;
    ok = strlen(answer) == 6 && sodium_memcmp(answer, code, 6) == 0;
    free(answer);
    if (!ok) {
        backoff.tv_sec = 1;
        backoff.tv_nsec = 0;
        nanosleep(&backoff, NULL);
    }
    return ok ? PAM_SUCCESS : PAM_AUTH_ERR;
}
