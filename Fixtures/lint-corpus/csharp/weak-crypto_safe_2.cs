using System.Security.Cryptography;

public class BlobStore
{
    public byte[] Upload(byte[] data)
    {
        var headers = new UploadHeaders { ContentHash = MD5.HashData(data) };
        Send(data, headers);
        return SHA256.HashData(data);
    }
}
