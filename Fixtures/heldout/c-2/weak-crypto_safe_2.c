/* licsign.c - signs and checks offline license files for the desktop app. */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

int license_fingerprint(const char *machine_id, unsigned char out[32])
{
    unsigned int len = 0;
    return EVP_Digest(machine_id, strlen(machine_id), out, &len, EVP_sha256(), NULL) == 1 ? 0 : -1;
}

int license_sign(const unsigned char *key, int key_len, const char *body, unsigned char *sig, unsigned *sig_len)
{
    return HMAC(EVP_sha256(), key, key_len, (const unsigned char *)body, strlen(body), sig, sig_len) != NULL ? 0 : -1;
}

void license_explain_format(FILE *out)
{
    fputs("v1 licenses (MD5/DES) are no longer accepted; v2 uses HMAC-SHA256.\n", out);
}
