using UnityEngine;

// Spawns asteroid waves; randomness here is gameplay, not security.
public class AsteroidSpawner : MonoBehaviour
{
    [SerializeField] private GameObject asteroidPrefab;
    [SerializeField] private float radius = 30f;
    [SerializeField] private int seed = 12345;

    private System.Random _waveRng;
    private float _nextWave;

    private void Awake()
    {
        _waveRng = new System.Random(seed);
    }

    private void Update()
    {
        if (Time.time < _nextWave)
            return;
        var count = 3 + _waveRng.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            var angle = Random.Range(0f, Mathf.PI * 2f);
            var pos = new Vector3(Mathf.Cos(angle), 0f, Mathf.Sin(angle)) * radius;
            var rock = Instantiate(asteroidPrefab, pos, Random.rotation);
            rock.transform.localScale *= Random.Range(0.6f, 1.8f);
        }
        _nextWave = Time.time + Random.Range(4f, 8f);
    }
}
