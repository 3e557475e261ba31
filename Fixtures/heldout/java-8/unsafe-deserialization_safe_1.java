package com.example.fleet;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

class RouteUpdateSubscriber {
    private static final ObjectInputFilter ROUTES_ONLY = ObjectInputFilter.Config.createFilter(
            "com.example.fleet.RouteUpdate;com.example.fleet.Waypoint;java.util.ArrayList;java.lang.*;maxdepth=5;!*");
    private final RoutePlanner planner;

    RouteUpdateSubscriber(RoutePlanner planner) {
        this.planner = planner;
    }

    void start(Connection nc) {
        Dispatcher dispatcher = nc.createDispatcher(this::onMessage);
        dispatcher.subscribe("fleet.routes.*");
    }

    private void onMessage(Message msg) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(msg.getData()))) {
            in.setObjectInputFilter(ROUTES_ONLY);
            RouteUpdate update = (RouteUpdate) in.readObject();
            planner.apply(msg.getSubject().substring("fleet.routes.".length()), update);
        } catch (IOException | ClassNotFoundException e) {
            planner.reject(msg.getSubject(), e.getMessage());
        }
    }
}
