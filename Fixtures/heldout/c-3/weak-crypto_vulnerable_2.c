/* badge.c - legacy door-badge protocol: DES challenge/response and SHA-1 PIN storage */
#include <string.h>
#include <openssl/des.h>
#include <openssl/sha.h>

struct badge_db_row {
    unsigned char pin_hash[SHA_DIGEST_LENGTH];
    DES_key_schedule schedule; /* expanded from the badge key at enrolment */
};

void answer_challenge(struct badge_db_row *row, const unsigned char challenge[8], unsigned char response[8])
{
    DES_cblock in, out;

    memcpy(in, challenge, 8);
    DES_ecb_encrypt(&in, &out, &row->schedule, DES_ENCRYPT); /* expect: weak-crypto */
    memcpy(response, out, 8);
}

int pin_matches(const struct badge_db_row *row, const char *pin)
{
    unsigned char h[SHA_DIGEST_LENGTH];
    SHA1((const unsigned char *)pin, strlen(pin), h); /* expect: weak-crypto */
    return memcmp(h, row->pin_hash, sizeof h) == 0;
}
