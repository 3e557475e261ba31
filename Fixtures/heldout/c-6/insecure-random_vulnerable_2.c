/* PAM module: mails a one-time code to the user's registered address (fallback second factor). */
#define PAM_SM_AUTH
#include <security/pam_modules.h>
#include <security/pam_ext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

extern int mail_code(const char *user, const char *code);

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
    const char *user = NULL;
    char *answer = NULL;
    char code[7];
    unsigned int seed = (unsigned int)time(NULL) ^ (unsigned int)getpid();
    int i, ok;

    (void)flags; (void)argc; (void)argv;
    if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS)
        return PAM_USER_UNKNOWN;
    for (i = 0; i < 6; i++)
        code[i] = (char)('0' + rand_r(&seed) % 10); /* expect: insecure-random */
    code[6] = '\0';
    if (mail_code(user, code) != 0)
        return PAM_AUTHINFO_UNAVAIL;
    if (pam_prompt(pamh, PAM_PROMPT_ECHO_ON, &answer, "Code sent by mail: ") != PAM_SUCCESS || answer == NULL)
        return PAM_CONV_ERR;
    ok = strcmp(answer, code) == 0;
    free(answer);
    return ok ? PAM_SUCCESS : PAM_AUTH_ERR;
}
