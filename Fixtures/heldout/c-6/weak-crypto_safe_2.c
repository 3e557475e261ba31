/* mbedTLS 2.28 on a door controller: PIN verifier and the badge-file cipher. */
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <string.h>

int pin_verifier(const char *pin, const unsigned char salt[16], unsigned char out[32])
{
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
    mbedtls_md_context_t ctx;
    int rc;

    mbedtls_md_init(&ctx);
    rc = mbedtls_md_setup(&ctx, info, 1);
    if (rc == 0)
        rc = mbedtls_pkcs5_pbkdf2_hmac(&ctx, (const unsigned char *)pin, strlen(pin), salt, 16,
                                       100000, 32, out);
    mbedtls_md_free(&ctx);
    return rc;
}

int badge_block_encrypt(const unsigned char key[32], const unsigned char iv[12],
                        const unsigned char *in, size_t len, unsigned char *out, unsigned char tag[16])
{
    mbedtls_gcm_context gcm;
    int rc;

    mbedtls_gcm_init(&gcm);
    rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 256);
    if (rc == 0)
        rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, len, iv, 12, NULL, 0, in, out, 16, tag);
    mbedtls_gcm_free(&gcm);
    return rc;
}
