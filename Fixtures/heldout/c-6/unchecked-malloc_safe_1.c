/* libcurl: collects a JSON response body in memory (the write-callback pattern). */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

struct memory {
    char *response;
    size_t size;
};

static size_t write_cb(char *data, size_t size, size_t nmemb, void *clientp)
{
    size_t realsize = size * nmemb;
    struct memory *mem = clientp;
    char *ptr = realloc(mem->response, mem->size + realsize + 1);

    if (ptr == NULL)
        return 0;
    mem->response = ptr;
    memcpy(&(mem->response[mem->size]), data, realsize);
    mem->size += realsize;
    mem->response[mem->size] = '\0';
    return realsize;
}

char *http_get(const char *url, size_t *len)
{
    struct memory chunk;
    CURL *curl = curl_easy_init();
    CURLcode res;

    if (curl == NULL)
        return NULL;
    chunk.response = malloc(1);
    if (chunk.response == NULL) {
        curl_easy_cleanup(curl);
        return NULL;
    }
    chunk.response[0] = '\0';
    chunk.size = 0;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &chunk);
    res = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (res != CURLE_OK) {
        free(chunk.response);
        return NULL;
    }
    *len = chunk.size;
    return chunk.response;
}
