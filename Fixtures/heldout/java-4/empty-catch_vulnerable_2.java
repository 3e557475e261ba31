package com.example.sensorlog;

import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteException;
import android.util.Log;

/** Android sensor logger: a background thread that flushes readings to SQLite every few seconds. */
public class FlushThread extends Thread {
    private final SQLiteDatabase db;
    private final ReadingBuffer buffer;
    private volatile boolean running = true;

    public FlushThread(SQLiteDatabase db, ReadingBuffer buffer) {
        super("sensor-flush");
        this.db = db;
        this.buffer = buffer;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) { // expect: empty-catch
            }
            flush();
        }
    }

    private void flush() {
        db.beginTransaction();
        try {
            for (Reading r : buffer.drain()) {
                db.execSQL("INSERT INTO readings(sensor, value, ts) VALUES (?, ?, ?)",
                        new Object[] {r.sensor(), r.value(), r.timestamp()});
            }
            db.setTransactionSuccessful();
        } catch (SQLiteException e) {
            Log.w("FlushThread", "flush failed", e);
        } finally {
            try {
                db.endTransaction();
            } catch (IllegalStateException ignored) {} // expect: empty-catch
        }
    }

    public void shutdown() {
        running = false;
        interrupt();
    }
}
