/* Nettle: the current door-controller protocol; card numbers sealed with AES-256-GCM, PINs by PBKDF2-SHA256. */
#include <nettle/gcm.h>
#include <nettle/pbkdf2.h>
#include <nettle/sha2.h>
#include <nettle/memops.h>
#include <stdint.h>
#include <string.h>

struct badge_record {
    uint8_t nonce[GCM_IV_SIZE];
    uint8_t sealed_card[8];
    uint8_t tag[GCM_DIGEST_SIZE];
    uint8_t pin_digest[SHA256_DIGEST_SIZE];
};

void seal_card(const uint8_t key[32], const uint8_t nonce[GCM_IV_SIZE], const uint8_t card[8],
               struct badge_record *rec)
{
    struct gcm_aes256_ctx gcm;

    gcm_aes256_set_key(&gcm, key);
    gcm_aes256_set_iv(&gcm, GCM_IV_SIZE, nonce);
    memcpy(rec->nonce, nonce, GCM_IV_SIZE);
    gcm_aes256_encrypt(&gcm, 8, rec->sealed_card, card);
    gcm_aes256_digest(&gcm, GCM_DIGEST_SIZE, rec->tag);
}

static void pin_digest(const char *pin, const uint8_t salt[16], uint8_t out[SHA256_DIGEST_SIZE])
{
    pbkdf2_hmac_sha256(strlen(pin), (const uint8_t *)pin, 200000, 16, salt, SHA256_DIGEST_SIZE, out);
}

int pin_matches(const struct badge_record *rec, const char *pin, const uint8_t salt[16])
{
    uint8_t digest[SHA256_DIGEST_SIZE];

    pin_digest(pin, salt, digest);
    return memeql_sec(digest, rec->pin_digest, sizeof digest);
}
