package com.example.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Worker that accepts serialized Job objects from the scheduler over TCP. */
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(9099)) {
            while (true) {
                Socket s = server.accept();
                new Thread(() -> handle(s)).start();
            }
        }
    }

    private static void handle(Socket s) {
        try (s; InputStream in = s.getInputStream(); ObjectInputStream ois = new ObjectInputStream(in)) {
            Object o = ois.readObject(); // expect: unsafe-deserialization
            if (o instanceof Runnable job) {
                job.run();
            }
        } catch (IOException | ClassNotFoundException e) {
            LOG.log(Level.WARNING, "bad job", e);
        }
    }
}
