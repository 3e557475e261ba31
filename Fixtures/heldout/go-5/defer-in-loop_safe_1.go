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

func publishOne(ctx context.Context, brokers []string, topic string, msgs []kafka.Message) (err error) {
	w := &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Topic:        topic,
		RequiredAcks: kafka.RequireAll,
	}
	defer func() {
		if cerr := w.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	return w.WriteMessages(ctx, msgs...)
}

// Publish sends the same batch of events to every regional topic.
func Publish(ctx context.Context, brokers []string, topics []string, events []Event) error {
	msgs := make([]kafka.Message, 0, len(events))
	for _, ev := range events {
		msgs = append(msgs, kafka.Message{Key: []byte(ev.Key), Value: ev.Value})
	}
	for _, topic := range topics {
		if err := publishOne(ctx, brokers, topic, msgs); err != nil {
			return fmt.Errorf("topic %s: %w", topic, err)
		}
	}
	return nil
}
