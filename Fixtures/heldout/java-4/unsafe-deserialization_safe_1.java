package com.example.grid;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

/** Vert.x TCP endpoint where worker nodes push finished task results as serialized objects. */
public class ResultCollectorVerticle extends AbstractVerticle {
    // only the result types and the JDK types they hold; everything else is rejected before construction
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "com.example.grid.TaskResult;com.example.grid.TaskMetrics;java.lang.*;java.util.ArrayList;"
            + "maxdepth=5;maxrefs=1000;maxbytes=1048576;!*");

    private final ResultStore store;

    public ResultCollectorVerticle(ResultStore store) {
        this.store = store;
    }

    @Override
    public void start() {
        vertx.createNetServer()
             .connectHandler(this::onConnection)
             .listen(9400);
    }

    private void onConnection(NetSocket socket) {
        Buffer frame = Buffer.buffer();
        socket.handler(frame::appendBuffer);
        socket.endHandler(v -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(frame.getBytes()))) {
                in.setObjectInputFilter(FILTER);
                Object obj = in.readObject();
                if (obj instanceof TaskResult) {
                    store.save((TaskResult) obj);
                }
            } catch (IOException | ClassNotFoundException e) {
                socket.close();
                System.err.println("bad frame from " + socket.remoteAddress() + ": " + e);
            }
        });
    }
}
