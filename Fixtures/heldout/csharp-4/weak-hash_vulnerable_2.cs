using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

// Posts a finished run to the leaderboard; the server checks the signature.
public class ScoreSubmitter : MonoBehaviour
{
    [SerializeField] private string endpoint = "https://scores.example-game.com/api/runs";
    [SerializeField] private string signingKey = "";

    public void Submit(string player, int score, float seconds)
    {
        StartCoroutine(Post(player, score, seconds));
    }

    private string Sign(string payload)
    {
        using var mac = new HMACMD5(Encoding.UTF8.GetBytes(signingKey)); // expect: weak-hash
        return System.Convert.ToBase64String(mac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    private System.Collections.IEnumerator Post(string player, int score, float seconds)
    {
        var payload = JsonUtility.ToJson(new RunData { player = player, score = score, seconds = seconds });
        using var req = new UnityWebRequest(endpoint, "POST");
        req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(payload));
        req.downloadHandler = new DownloadHandlerBuffer();
        req.SetRequestHeader("Content-Type", "application/json");
        req.SetRequestHeader("X-Run-Signature", Sign(payload));
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success)
            Debug.LogWarning($"score upload failed: {req.error}");
    }

    [System.Serializable]
    private class RunData
    {
        public string player;
        public int score;
        public float seconds;
    }
}
