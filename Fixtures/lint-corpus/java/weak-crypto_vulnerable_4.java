class LegacyVault {
    private static final String TRANSFORM = "DESede/ECB/PKCS5Padding";
    private static final String KEY_DIGEST = "MD5";

    Cipher cipher() throws Exception {
        return Cipher.getInstance(TRANSFORM); // expect: weak-crypto
    }

    byte[] keyFrom(char[] passphrase) throws Exception {
        return MessageDigest.getInstance(KEY_DIGEST).digest(new String(passphrase).getBytes()); // expect: weak-crypto
    }

    SecretKeyFactory pbe() throws Exception {
        return SecretKeyFactory.getInstance("PBEWithMD5AndDES"); // expect: weak-crypto
    }
}
