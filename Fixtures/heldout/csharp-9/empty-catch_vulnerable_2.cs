using System.IO;
using UnityEngine;

public class GraphicsSettingsLoader : MonoBehaviour
{
    [SerializeField] private string fileName = "graphics.json";

    [System.Serializable]
    private class GraphicsSettings
    {
        public int qualityLevel = 2;
        public bool vsync = true;
        public float renderScale = 1f;
    }

    private void Awake()
    {
        var settings = new GraphicsSettings();
        var path = Path.Combine(Application.persistentDataPath, fileName);
        try
        {
            JsonUtility.FromJsonOverwrite(File.ReadAllText(path), settings);
        }
        catch (FileNotFoundException) { } // expect: empty-catch
        catch // expect: empty-catch
        {
        }
        Apply(settings);
    }

    private static void Apply(GraphicsSettings s)
    {
        QualitySettings.SetQualityLevel(Mathf.Clamp(s.qualityLevel, 0, QualitySettings.names.Length - 1));
        QualitySettings.vSyncCount = s.vsync ? 1 : 0;
        Screen.SetResolution((int)(Screen.width * s.renderScale), (int)(Screen.height * s.renderScale), Screen.fullScreen);
    }
}
