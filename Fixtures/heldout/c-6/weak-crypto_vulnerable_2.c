/* mbedTLS 2.28 on a door controller: PIN verifier and the badge-file cipher. */
#include <mbedtls/des.h>
#include <mbedtls/md.h>
#include <string.h>

int pin_verifier(const char *pin, const unsigned char salt[16], unsigned char out[20])
{
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA1); /* expect: weak-crypto */
    mbedtls_md_context_t ctx;
    int rc;

    mbedtls_md_init(&ctx);
    rc = mbedtls_md_setup(&ctx, info, 0);
    if (rc == 0)
        rc = mbedtls_md_starts(&ctx);
    if (rc == 0)
        rc = mbedtls_md_update(&ctx, salt, 16);
    if (rc == 0)
        rc = mbedtls_md_update(&ctx, (const unsigned char *)pin, strlen(pin));
    if (rc == 0)
        rc = mbedtls_md_finish(&ctx, out);
    mbedtls_md_free(&ctx);
    return rc;
}

int badge_block_encrypt(const unsigned char key[24], const unsigned char in[8], unsigned char out[8])
{
    mbedtls_des3_context des3;
    int rc;

    mbedtls_des3_init(&des3);
    rc = mbedtls_des3_set3key_enc(&des3, key); /* expect: weak-crypto */
    if (rc == 0)
        rc = mbedtls_des3_crypt_ecb(&des3, in, out);
    mbedtls_des3_free(&des3);
    return rc;
}
