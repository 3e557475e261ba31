using System.IO;
using UnityEngine;

// Loads and saves key bindings and audio levels for the options menu.
public class SettingsStore : MonoBehaviour
{
    [System.Serializable]
    public class Settings
    {
        public float musicVolume = 0.8f;
        public float sfxVolume = 1f;
        public string jumpKey = "Space";
    }

    public Settings Current { get; private set; } = new Settings();

    private string FilePath => Path.Combine(Application.persistentDataPath, "settings.json");

    private void Awake()
    {
        try
        {
            var json = File.ReadAllText(FilePath);
            Current = JsonUtility.FromJson<Settings>(json) ?? new Settings();
        }
        catch (IOException) // expect: empty-catch
        {
        }
    }

    public void Save()
    {
        File.WriteAllText(FilePath, JsonUtility.ToJson(Current, prettyPrint: true));
    }
}
