using System.IO;
using UnityEngine;

public class SettingsStore : MonoBehaviour
{
    [System.Serializable]
    public class Settings
    {
        public float musicVolume = 0.8f;
        public float sfxVolume = 1f;
    }

    public Settings Current { get; private set; } = new Settings();

    private string FilePath => Path.Combine(Application.persistentDataPath, "settings.json");

    private void Awake()
    {
        if (!File.Exists(FilePath))
            return;
        try
        {
            Current = JsonUtility.FromJson<Settings>(File.ReadAllText(FilePath)) ?? new Settings();
        }
        catch (IOException e)
        {
            Debug.LogWarning($"settings unreadable, using defaults: {e.Message}");
            Current = new Settings();
        }
    }
}
