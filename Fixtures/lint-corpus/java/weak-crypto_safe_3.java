class Vault {
    private static final String TRANSFORM = "AES/GCM/NoPadding";
    private static final String KEY_DIGEST = "SHA-256";

    Cipher cipher() throws Exception {
        return Cipher.getInstance(TRANSFORM);
    }

    byte[] fingerprint(byte[] data) throws Exception {
        return MessageDigest.getInstance(KEY_DIGEST).digest(data);
    }

    SecretKeyFactory pbkdf2() throws Exception {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    }
}
