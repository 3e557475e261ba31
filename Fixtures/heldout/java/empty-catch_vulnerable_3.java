package com.example.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

public class DiskCache {

    private final Path dir;
    private final ConcurrentHashMap<String, byte[]> memory = new ConcurrentHashMap<>();

    public DiskCache(Path dir) {
        this.dir = dir;
    }

    public byte[] get(String key) {
        return memory.computeIfAbsent(key, k -> {
            try {
                return Files.readAllBytes(dir.resolve(k));
            } catch (IOException e) { // expect: empty-catch
            }
            return null;
        });
    }

    public void put(String key, byte[] value) {
        memory.put(key, value);
        try {
            Files.write(dir.resolve(key), value);
        } catch (IOException e) {
            memory.remove(key);
            throw new IllegalStateException("cache write failed", e);
        }
    }

    public void evict(String key) {
        memory.remove(key);
        try {
            Files.deleteIfExists(dir.resolve(key));
        } catch (Exception e) { // expect: empty-catch
        }
    }
}
