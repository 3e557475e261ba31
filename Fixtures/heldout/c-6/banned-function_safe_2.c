/* PAM module: checks a second factor stored per user in ~/.config/otp/secret. */
#define PAM_SM_AUTH
#include <security/pam_modules.h>
#include <security/pam_ext.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

extern int otp_check(pam_handle_t *pamh, const char *secret);

static int read_secret(const char *user, char *secret, size_t len)
{
    char path[256];
    char line[128];
    char label[32];
    FILE *fp;
    int n;

    n = snprintf(path, sizeof path, "/home/%s/.config/otp/secret", user);
    if (n < 0 || (size_t)n >= sizeof path)
        return -1;
    fp = fopen(path, "r");
    if (fp == NULL)
        return -1;
    if (fgets(line, sizeof line, fp) == NULL) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    if (len < 64 || sscanf(line, "%31s %63s", label, secret) != 2)
        return -1;
    return 0;
}

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
    const char *user = NULL;
    char secret[64];

    (void)flags; (void)argc; (void)argv;
    if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL)
        return PAM_USER_UNKNOWN;
    if (read_secret(user, secret, sizeof secret) != 0) {
        pam_syslog(pamh, LOG_WARNING, "no otp secret for %s", user);
        return PAM_AUTHINFO_UNAVAIL;
    }
    return otp_check(pamh, secret) ? PAM_SUCCESS : PAM_AUTH_ERR;
}
