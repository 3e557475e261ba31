/* libcurl: fetches the feature-flag document and hands its body to the parser. */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

struct body {
    char *data;
    size_t len;
};

extern int flags_parse(const char *json, size_t len);

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct body *b = userdata;
    size_t n = size * nmemb;
    char *grown = realloc(b->data, b->len + n + 1);

    if (grown == NULL)
        return 0;
    b->data = grown;
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return n;
}

int flags_refresh(const char *url)
{
    struct body b = { NULL, 0 };
    CURL *curl = curl_easy_init();
    int rc = -1;

    if (curl == NULL)
        return -1;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &b);
    if (curl_easy_perform(curl) != CURLE_OK)
        goto out;
    rc = flags_parse(b.data, b.len);
out:
    curl_easy_cleanup(curl);
    free(b.data);
    return rc;
}
