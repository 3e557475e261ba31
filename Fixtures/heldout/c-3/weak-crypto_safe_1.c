/* fwcheck_safe.c - firmware digest with SHA-256, config sealed with AES-256-GCM */
#include <string.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>

#define TRAILER_LEN 32

int verify_image(const unsigned char *img, size_t len)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;

    if (len <= TRAILER_LEN)
        return 0;
    if (!EVP_Digest(img, len - TRAILER_LEN, digest, &dlen, EVP_sha256(), NULL))
        return 0;
    return dlen == TRAILER_LEN && CRYPTO_memcmp(digest, img + len - TRAILER_LEN, TRAILER_LEN) == 0;
}

int seal_config(const unsigned char key[32], const unsigned char iv[12], const unsigned char *in, int inlen,
                unsigned char *out, unsigned char tag[16])
{
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    int n = 0, fin = 0, ok;

    if (c == NULL)
        return -1;
    ok = EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, iv)
         && EVP_EncryptUpdate(c, out, &n, in, inlen)
         && EVP_EncryptFinal_ex(c, out + n, &fin)
         && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, tag);
    EVP_CIPHER_CTX_free(c);
    return ok ? n + fin : -1;
}
