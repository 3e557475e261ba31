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
        long receivedAt = System.currentTimeMillis(); // expect: unused-variable
        String[] parts = frame.split(" ");
        String unit = parts.length > 2 ? parts[2] : "kg"; // expect: unused-variable
        ledger.record(session.getRemoteAddress().toString(), Double.parseDouble(parts[1]));
        session.write("OK");
    }
}
