/* users.c (fixed) - PBKDF2 password hashes and HMAC-SHA256 request signatures */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>

#define PBKDF2_ITERATIONS 600000

int hash_password(const char *password, const unsigned char *salt, int saltlen,
                  unsigned char out[32])
{
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, saltlen,
                             PBKDF2_ITERATIONS, EVP_sha256(), 32, out) == 1 ? 0 : -1;
}

int sign_request(const unsigned char *secret, int secretlen, const char *body,
                 unsigned char sig[32])
{
    unsigned int siglen = 0;

    if (HMAC(EVP_sha256(), secret, secretlen, (const unsigned char *)body, strlen(body),
             sig, &siglen) == NULL)
        return -1;
    return siglen == 32 ? 0 : -1;
}

/* The old MD5 scheme is gone; tell users with legacy hashes to reset. */
const char *legacy_notice(void)
{
    return "Accounts hashed with MD5 before 2024 must reset their password.";
}
