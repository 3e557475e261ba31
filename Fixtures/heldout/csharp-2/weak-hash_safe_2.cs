using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Shop.Media
{
    public class ProductImageUploader
    {
        private readonly BlobContainerClient _container;

        public ProductImageUploader(BlobContainerClient container) => _container = container;

        // Content-MD5 lets Azure detect a corrupted upload; it is a transport checksum, not a secret.
        public async Task<string> UploadAsync(string name, byte[] image)
        {
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "image/webp", ContentHash = MD5.HashData(image) },
            };
            await _container.GetBlobClient(name).UploadAsync(new BinaryData(image), options);
            return Convert.ToHexString(SHA256.HashData(image)).ToLowerInvariant();
        }

        public static async Task<string> FileDigestAsync(string path)
        {
            await using var stream = File.OpenRead(path);
            return Convert.ToHexString(await SHA256.HashDataAsync(stream));
        }
    }
}
