#include <stdio.h>
#include <string.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

#define SALT "kiosk-v2"

static int pin_digest(const char *pin, unsigned char out[16])
{
    char salted[64];
    int n = snprintf(salted, sizeof salted, "%s:%s", SALT, pin);
    if (n < 0 || (size_t)n >= sizeof salted) return -1;
    return gnutls_hash_fast(GNUTLS_DIG_MD5, salted, (size_t)n, out); // expect: weak-crypto
}

static int seal_receipt(const unsigned char key[16], unsigned char *data, size_t len)
{
    gnutls_cipher_hd_t h;
    gnutls_datum_t k = { (unsigned char *)key, 16 };
    int rc = gnutls_cipher_init(&h, GNUTLS_CIPHER_ARCFOUR_128, &k, NULL); // expect: weak-crypto
    if (rc < 0) return rc;
    rc = gnutls_cipher_encrypt(h, data, len);
    gnutls_cipher_deinit(h);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s PIN RECEIPT\n", argv[0]);
        return 2;
    }
    if (gnutls_global_init() < 0) return 1;
    unsigned char digest[16];
    if (pin_digest(argv[1], digest) < 0) return 1;
    unsigned char receipt[256];
    size_t len = strlen(argv[2]);
    if (len > sizeof receipt) return 1;
    memcpy(receipt, argv[2], len);
    if (seal_receipt(digest, receipt, len) < 0) return 1;
    for (size_t i = 0; i < len; i++) printf("%02x", receipt[i]);
    putchar('\n');
    gnutls_global_deinit();
    return 0;
}
