package org.harbor.access;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.thrift.TException;

/** Thrift handler: door panels ask for a one-time visitor code that unlocks the lobby once. */
class VisitorCodeHandler implements VisitorService.Iface {

    record Issued(String code, Instant expires) {}

    private final ConcurrentHashMap<String, Issued> codes = new ConcurrentHashMap<>();

    @Override
    public String issueCode(String visitorName, String hostEmail) throws TException {
        String code = nextCode();
        codes.put(visitorName, new Issued(code, Instant.now().plus(Duration.ofHours(8))));
        return code;
    }

    @Override
    public boolean redeem(String visitorName, String code) throws TException {
        Issued issued = codes.remove(visitorName);
        return issued != null && issued.code().equals(code) && Instant.now().isBefore(issued.expires());
    }

    private static String nextCode() {
        long value = ThreadLocalRandom.current().nextLong(100_000_000L); // expect: insecure-random
        return String.format("%08d", value);
    }
}
