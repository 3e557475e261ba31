/* libgcrypt: encrypts exported address books and fingerprints them for the sync server. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>

int export_encrypt(const unsigned char key[8], unsigned char *buf, size_t len)
{
    gcry_cipher_hd_t hd;
    gcry_error_t err;

    if (len % 8 != 0)
        return -1;
    err = gcry_cipher_open(&hd, GCRY_CIPHER_DES, GCRY_CIPHER_MODE_ECB, 0); /* expect: weak-crypto */
    if (err)
        return -1;
    err = gcry_cipher_setkey(hd, key, 8);
    if (!err)
        err = gcry_cipher_encrypt(hd, buf, len, NULL, 0);
    gcry_cipher_close(hd);
    return err ? -1 : 0;
}

void export_fingerprint(const unsigned char *buf, size_t len, char out[33])
{
    unsigned char digest[16];
    size_t i;

    gcry_md_hash_buffer(GCRY_MD_MD5, digest, buf, len); /* expect: weak-crypto */
    for (i = 0; i < sizeof digest; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}
