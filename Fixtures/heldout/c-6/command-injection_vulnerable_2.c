/* libcurl tool: downloads a release archive named in the project's manifest and unpacks it. */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>

static int fetch(const char *url, const char *dest)
{
    CURL *curl = curl_easy_init();
    FILE *out;
    CURLcode rc;

    if (curl == NULL)
        return -1;
    out = fopen(dest, "wb");
    if (out == NULL) {
        curl_easy_cleanup(curl);
        return -1;
    }
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
    rc = curl_easy_perform(curl);
    fclose(out);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    char cmd[1024];

    if (argc != 3) {
        fprintf(stderr, "usage: %s <release-url> <archive-name>\n", argv[0]);
        return 2;
    }
    if (fetch(argv[1], "/tmp/release.tar.gz") != 0)
        return 1;
    snprintf(cmd, sizeof cmd, "mkdir -p vendor/%s && tar xzf /tmp/release.tar.gz -C vendor/%s", argv[2], argv[2]);
    return system(cmd) == 0 ? 0 : 1; /* expect: command-injection */
}
