package org.harbor.shell;

import org.apache.pekko.actor.AbstractActor;

/** Door controller actor: only the site's role "warden" may unlock the store room. */
class StoreRoomDoor extends AbstractActor {

    record Badge(String holder, String role) {}

    record Unlock(Badge badge) {}

    interface Relay {
        void pulse(int millis);
    }

    private final Relay relay;

    StoreRoomDoor(Relay relay) {
        this.relay = relay;
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder().match(Unlock.class, this::onUnlock).build();
    }

    private void onUnlock(Unlock request) {
        String role = request.badge().role();
        if (role != "warden") { // expect: string-reference-equality
            getSender().tell("denied", getSelf());
            return;
        }
        relay.pulse(3000);
        getSender().tell("open", getSelf());
    }
}
