/* csrgen.c - makes a device key and a certificate signing request for the fleet CA (OpenSSL 3). */
#include <stdio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

static int add_name(X509_REQ *req, const char *device_id)
{
    X509_NAME *name = X509_REQ_get_subject_name(req);
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, (const unsigned char *)"Fleet Devices", -1, -1, 0)
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)device_id, -1, -1, 0);
}

int make_csr(const char *device_id, FILE *key_out, FILE *csr_out)
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509_REQ *req = X509_REQ_new();
    unsigned char fp[EVP_MAX_MD_SIZE];
    unsigned int fplen = 0;
    int ok = 0;

    if (!key || !req)
        goto out;
    if (!X509_REQ_set_pubkey(req, key) || !add_name(req, device_id))
        goto out;
    if (!X509_REQ_sign(req, key, EVP_sha1())) /* expect: weak-crypto */
        goto out;
    if (!X509_REQ_digest(req, EVP_md5(), fp, &fplen)) /* expect: weak-crypto */
        goto out;
    printf("request fingerprint for pinning: ");
    for (unsigned i = 0; i < fplen; i++)
        printf("%02x", fp[i]);
    printf("\n");
    ok = PEM_write_PrivateKey(key_out, key, NULL, NULL, 0, NULL, NULL) && PEM_write_X509_REQ(csr_out, req);
out:
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    return ok ? 0 : -1;
}
