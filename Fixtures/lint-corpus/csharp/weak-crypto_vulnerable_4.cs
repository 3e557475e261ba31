using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace Legacy
{
    public class Interop
    {
        // A partner's format still asks for Triple DES and signs with MD5.
        public IBufferedCipher Cipher() => CipherUtilities.GetCipher("DESede/CBC/PKCS7Padding"); // expect: weak-crypto

        public IDigest Signature() => DigestUtilities.GetDigest("MD5"); // expect: weak-crypto
    }
}
