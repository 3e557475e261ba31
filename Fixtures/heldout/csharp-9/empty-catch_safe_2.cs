using System;
using System.IO;
using UnityEngine;

public class GraphicsSettingsLoader : MonoBehaviour
{
    [SerializeField] private string fileName = "graphics.json";

    [Serializable]
    private class GraphicsSettings
    {
        public int qualityLevel = 2;
        public bool vsync = true;
        public float renderScale = 1f;
    }

    private void Awake()
    {
        Apply(Load(Path.Combine(Application.persistentDataPath, fileName)));
    }

    private static GraphicsSettings Load(string path)
    {
        var settings = new GraphicsSettings();
        try
        {
            JsonUtility.FromJsonOverwrite(File.ReadAllText(path), settings);
        }
        catch (FileNotFoundException)
        {
            return new GraphicsSettings();
        }
        catch (ArgumentException ex)
        {
            Debug.LogWarning($"Ignoring broken {path}: {ex.Message}");
            return new GraphicsSettings();
        }
        return settings;
    }

    private static void Apply(GraphicsSettings s)
    {
        QualitySettings.SetQualityLevel(Mathf.Clamp(s.qualityLevel, 0, QualitySettings.names.Length - 1));
        QualitySettings.vSyncCount = s.vsync ? 1 : 0;
        Screen.SetResolution((int)(Screen.width * s.renderScale), (int)(Screen.height * s.renderScale), Screen.fullScreen);
    }
}
