using System;
using System.IO;
using UnityEngine;

[Serializable]
public class SaveSlot
{
    public string PlayerName = "";
    public int Level;
    public float[] Position = new float[3];
}

public class SaveSlotLoader : MonoBehaviour
{
    [SerializeField] private int slot = 1;

    private string SlotPath => Path.Combine(Application.persistentDataPath, $"slot{slot}.json");

    public SaveSlot Load()
    {
        if (!File.Exists(SlotPath))
        {
            return new SaveSlot();
        }
        var save = JsonUtility.FromJson<SaveSlot>(File.ReadAllText(SlotPath));
        return save ?? new SaveSlot();
    }

    private void Start()
    {
        var save = Load();
        transform.position = new Vector3(save.Position[0], save.Position[1], save.Position[2]);
        Debug.Log($"Welcome back {save.PlayerName}, level {save.Level}");
    }
}
