/* libcurl: uploads crash reports and logs the transfer statistics. */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *crash_report_json(const char *dump_path);

int upload_report(const char *endpoint, const char *dump_path)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *headers = NULL;
    char *json;
    CURLcode rc;
    double seconds = 0.0;
    size_t bytes;

    if (curl == NULL)
        return -1;
    json = crash_report_json(dump_path);
    if (json == NULL) {
        curl_easy_cleanup(curl);
        return -1;
    }
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, endpoint);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME, &seconds);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    bytes = strlen(json);
    free(json);
    fprintf(stderr, "report of %zu bytes sent in %.2fs: %s\n", bytes, seconds, curl_easy_strerror(rc));
    return rc == CURLE_OK ? 0 : -1;
}
