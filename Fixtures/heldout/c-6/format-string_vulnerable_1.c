/* PAM session module: logs the remote host and a per-user banner read from /etc/motd.d/<user>. */
#define PAM_SM_SESSION
#include <security/pam_modules.h>
#include <security/pam_ext.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

static void show_banner(pam_handle_t *pamh, const char *user)
{
    char path[256];
    char banner[512];
    FILE *fp;
    size_t n;

    snprintf(path, sizeof path, "/etc/motd.d/%s", user);
    fp = fopen(path, "r");
    if (fp == NULL)
        return;
    n = fread(banner, 1, sizeof banner - 1, fp);
    fclose(fp);
    banner[n] = '\0';
    pam_info(pamh, banner); /* expect: format-string */
}

PAM_EXTERN int pam_sm_open_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
    const char *user = NULL;
    const void *rhost = NULL;
    char line[256];

    (void)flags; (void)argc; (void)argv;
    if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS)
        return PAM_SESSION_ERR;
    pam_get_item(pamh, PAM_RHOST, &rhost);
    snprintf(line, sizeof line, "session for %s from %s", user, rhost ? (const char *)rhost : "local");
    pam_syslog(pamh, LOG_INFO, line); /* expect: format-string */
    show_banner(pamh, user);
    return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_close_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
    (void)pamh; (void)flags; (void)argc; (void)argv;
    return PAM_SUCCESS;
}
