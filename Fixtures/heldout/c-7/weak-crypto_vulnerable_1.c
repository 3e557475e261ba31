/* Nettle: the legacy door-controller protocol; card numbers sealed with DES, PINs checked by MD5. */
#include <nettle/des.h>
#include <nettle/md5.h>
#include <nettle/memops.h>
#include <stdint.h>
#include <string.h>

struct badge_record {
    uint8_t sealed_card[8];
    uint8_t pin_digest[MD5_DIGEST_SIZE];
};

int seal_card(const uint8_t key[DES_KEY_SIZE], const uint8_t card[8], struct badge_record *rec)
{
    struct des_ctx des;

    if (!des_set_key(&des, key)) /* expect: weak-crypto */
        return -1;
    des_encrypt(&des, 8, rec->sealed_card, card);
    return 0;
}

static void pin_digest(const char *pin, const uint8_t salt[4], uint8_t out[MD5_DIGEST_SIZE])
{
    struct md5_ctx md;

    md5_init(&md); /* expect: weak-crypto */
    md5_update(&md, 4, salt);
    md5_update(&md, strlen(pin), (const uint8_t *)pin);
    md5_digest(&md, MD5_DIGEST_SIZE, out);
}

int pin_matches(const struct badge_record *rec, const char *pin, const uint8_t salt[4])
{
    uint8_t digest[MD5_DIGEST_SIZE];

    pin_digest(pin, salt, digest);
    return memeql_sec(digest, rec->pin_digest, sizeof digest);
}
