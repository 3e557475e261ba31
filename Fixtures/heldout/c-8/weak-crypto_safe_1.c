#include <stdio.h>
#include <string.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

static const unsigned char SALT[16] = "kiosk-v2-salt-01";

static int pin_key(const char *pin, unsigned char out[32])
{
    gnutls_datum_t secret = { (unsigned char *)pin, (unsigned)strlen(pin) };
    gnutls_datum_t salt = { (unsigned char *)SALT, sizeof SALT };
    return gnutls_pbkdf2(GNUTLS_MAC_SHA256, &secret, &salt, 210000, out, 32);
}

static int seal_receipt(const unsigned char key[32], const unsigned char *data, size_t len,
                        unsigned char *out, size_t *out_len)
{
    gnutls_aead_cipher_hd_t h;
    gnutls_datum_t k = { (unsigned char *)key, 32 };
    unsigned char nonce[12];
    int rc = gnutls_rnd(GNUTLS_RND_NONCE, nonce, sizeof nonce);
    if (rc < 0) return rc;
    rc = gnutls_aead_cipher_init(&h, GNUTLS_CIPHER_AES_256_GCM, &k);
    if (rc < 0) return rc;
    rc = gnutls_aead_cipher_encrypt(h, nonce, sizeof nonce, NULL, 0, 16, data, len, out, out_len);
    gnutls_aead_cipher_deinit(h);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s PIN RECEIPT\n", argv[0]);
        return 2;
    }
    if (gnutls_global_init() < 0) return 1;
    unsigned char key[32];
    if (pin_key(argv[1], key) < 0) return 1;
    unsigned char sealed[300];
    size_t sealed_len = sizeof sealed;
    size_t len = strlen(argv[2]);
    if (len > 256) return 1;
    if (seal_receipt(key, (const unsigned char *)argv[2], len, sealed, &sealed_len) < 0) return 1;
    for (size_t i = 0; i < sealed_len; i++) printf("%02x", sealed[i]);
    putchar('\n');
    gnutls_global_deinit();
    return 0;
}
