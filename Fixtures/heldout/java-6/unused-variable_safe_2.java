package com.example.mina;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IoSession;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Apache MINA handler for the weighbridge: frames "WEIGHT <kg> <unit>" into the ledger. */
class WeighbridgeHandler extends IoHandlerAdapter {
    private final WeightLedger ledger;

    WeighbridgeHandler(WeightLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void messageReceived(IoSession session, Object message) throws CharacterCodingException {
        IoBuffer buffer = (IoBuffer) message;
        String frame = buffer.getString(StandardCharsets.US_ASCII.newDecoder()).trim();
        long receivedAt = System.currentTimeMillis();
        String[] parts = frame.split(" ");
        String unit = parts.length > 2 ? parts[2] : "kg";
        double kilograms = "t".equals(unit) ? Double.parseDouble(parts[1]) * 1000 : Double.parseDouble(parts[1]);
        ledger.record(session.getRemoteAddress().toString(), kilograms, receivedAt);
        session.write("OK");
    }
}
