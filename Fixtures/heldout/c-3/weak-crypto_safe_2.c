/* badge_safe.c - PIN storage with PBKDF2-HMAC-SHA256 and HMAC-SHA256 responses */
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

int pin_hash(const char *pin, const unsigned char salt[16], unsigned char out[32])
{
    return PKCS5_PBKDF2_HMAC(pin, (int)strlen(pin), salt, 16, 200000, EVP_sha256(), 32, out);
}

int answer_challenge(const unsigned char key[32], const unsigned char challenge[16], unsigned char response[32])
{
    unsigned int len = 0;
    if (HMAC(EVP_sha256(), key, 32, challenge, 16, response, &len) == NULL)
        return -1;
    return len == 32 ? 0 : -1;
}

void print_migration_notice(FILE *out)
{
    fprintf(out, "Badges enrolled before 2019 used DES and SHA-1; re-enrol them at the front desk.\n");
}
