/* vault.c (fixed) - AES-256-GCM for notes, SHA-256 checksums for the export file */
#include <openssl/evp.h>

int encrypt_note(const unsigned char key[32], const unsigned char iv[12],
                 const unsigned char *in, int inlen, unsigned char *out, int *outlen,
                 unsigned char tag[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len, total, ok;

    if (ctx == NULL)
        return -1;
    ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) == 1 &&
         EVP_EncryptUpdate(ctx, out, &len, in, inlen) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx, out + total, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return -1;
    *outlen = total + len;
    return 0;
}

int checksum(const unsigned char *data, size_t len, unsigned char out[32])
{
    unsigned int outlen = 0;

    if (EVP_Digest(data, len, out, &outlen, EVP_sha256(), NULL) != 1)
        return -1;
    return outlen == 32 ? 0 : -1;
}
