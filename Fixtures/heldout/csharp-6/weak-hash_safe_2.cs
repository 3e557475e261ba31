using System;
using System.IO;
using System.IO.Hashing;
using System.Security.Cryptography;

namespace Intranet.Documents
{
    public class DocumentIndexer
    {
        // Non-cryptographic checksum to spot unchanged files between scans; not a security control.
        public ulong QuickChecksum(Stream content)
        {
            var hasher = new XxHash3();
            hasher.Append(content);
            return hasher.GetCurrentHashAsUInt64();
        }

        public string ContentId(byte[] content)
        {
            return Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        }
    }
}
