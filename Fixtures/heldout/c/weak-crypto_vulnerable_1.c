/* users.c - password storage and API request signing for the club's member database */
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string.h>

int hash_password(const char *password, const char *salt, char out[2 * MD5_DIGEST_LENGTH + 1])
{
    unsigned char digest[MD5_DIGEST_LENGTH];
    char buf[256];
    int n = snprintf(buf, sizeof buf, "%s%s", salt, password);

    if (n < 0 || (size_t)n >= sizeof buf)
        return -1;
    MD5((const unsigned char *)buf, (size_t)n, digest); // expect: weak-crypto
    for (int i = 0; i < MD5_DIGEST_LENGTH; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
    return 0;
}

int sign_request(const char *secret, const char *body, unsigned char sig[SHA_DIGEST_LENGTH])
{
    char buf[1024];
    int n = snprintf(buf, sizeof buf, "%s:%s", secret, body);

    if (n < 0 || (size_t)n >= sizeof buf)
        return -1;
    SHA1((const unsigned char *)buf, (size_t)n, sig); // expect: weak-crypto
    return 0;
}
