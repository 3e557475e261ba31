using System.IO;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

// Caches downloaded skin textures on disk; the file name is derived from the URL.
public class TextureCache : MonoBehaviour
{
    [SerializeField] private string signingKey = "";

    private string CachePath(string url)
    {
        // Only names a cache file; integrity and auth do not depend on it.
        using var md5 = MD5.Create();
        var name = System.BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(url))).Replace("-", "");
        return Path.Combine(Application.temporaryCachePath, name + ".png");
    }

    public string Sign(string payload)
    {
        using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(signingKey));
        return System.Convert.ToBase64String(mac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public System.Collections.IEnumerator Load(string url, System.Action<Texture2D> done)
    {
        var path = CachePath(url);
        if (File.Exists(path))
        {
            var cached = new Texture2D(2, 2);
            cached.LoadImage(File.ReadAllBytes(path));
            done(cached);
            yield break;
        }
        using var req = UnityWebRequestTexture.GetTexture(url);
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success)
        {
            Debug.LogWarning($"texture {url}: {req.error}");
            yield break;
        }
        var tex = DownloadHandlerTexture.GetContent(req);
        File.WriteAllBytes(path, tex.EncodeToPNG());
        done(tex);
    }
}
