/* libgcrypt: encrypts exported address books and fingerprints them for the sync server. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>

int export_encrypt(const unsigned char key[32], const unsigned char nonce[12],
                   unsigned char *buf, size_t len, unsigned char tag[16])
{
    gcry_cipher_hd_t hd;
    gcry_error_t err;

    err = gcry_cipher_open(&hd, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0);
    if (err)
        return -1;
    err = gcry_cipher_setkey(hd, key, 32);
    if (!err)
        err = gcry_cipher_setiv(hd, nonce, 12);
    if (!err)
        err = gcry_cipher_encrypt(hd, buf, len, NULL, 0);
    if (!err)
        err = gcry_cipher_gettag(hd, tag, 16);
    gcry_cipher_close(hd);
    return err ? -1 : 0;
}

void export_fingerprint(const unsigned char *buf, size_t len, char out[65])
{
    unsigned char digest[32];
    size_t i;

    gcry_md_hash_buffer(GCRY_MD_SHA256, digest, buf, len);
    for (i = 0; i < sizeof digest; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}
