/* vault.c - password check and note encryption for the lab's secrets vault. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <string.h>

#define KDF_ITERATIONS 600000

int vault_check_password(const char *password, const unsigned char salt[16], const unsigned char stored[32])
{
    unsigned char derived[32];
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, KDF_ITERATIONS, EVP_sha256(), sizeof derived, derived) != 1)
        return 0;
    return CRYPTO_memcmp(derived, stored, sizeof derived) == 0;
}

int vault_encrypt_note(const unsigned char key[32], const unsigned char iv[12], const unsigned char *in, int len,
                       unsigned char *out, unsigned char tag[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0, ok;
    if (ctx == NULL)
        return -1;
    ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) == 1 &&
         EVP_EncryptUpdate(ctx, out, &n, in, len) == 1 &&
         EVP_EncryptFinal_ex(ctx, out + n, &tail) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? n + tail : -1;
}
