package fanout

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"
)

type Event struct {
	Key   string
	Value []byte
}

// Publish sends the same batch of events to every regional topic.
func Publish(ctx context.Context, brokers []string, topics []string, events []Event) error {
	msgs := make([]kafka.Message, 0, len(events))
	for _, ev := range events {
		msgs = append(msgs, kafka.Message{Key: []byte(ev.Key), Value: ev.Value})
	}
	for _, topic := range topics {
		w := &kafka.Writer{
			Addr:         kafka.TCP(brokers...),
			Topic:        topic,
			RequiredAcks: kafka.RequireAll,
		}
		defer w.Close() // expect: defer-in-loop
		if err := w.WriteMessages(ctx, msgs...); err != nil {
			return fmt.Errorf("topic %s: %w", topic, err)
		}
	}
	return nil
}
