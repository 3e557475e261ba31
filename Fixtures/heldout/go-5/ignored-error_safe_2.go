package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/segmentio/kafka-go"
)

type Order struct {
	ID     string  `json:"id"`
	Total  float64 `json:"total"`
	Status string  `json:"status"`
}

type Enricher struct {
	in  *kafka.Reader
	out *kafka.Writer
}

func (e *Enricher) Run(ctx context.Context) error {
	for {
		m, err := e.in.FetchMessage(ctx)
		if err != nil {
			return err
		}
		var o Order
		if err := json.Unmarshal(m.Value, &o); err != nil {
			log.Printf("skipping offset %d: %v", m.Offset, err)
			continue
		}
		o.Status = "enriched"
		payload, err := json.Marshal(o)
		if err != nil {
			return err
		}
		if err := e.out.WriteMessages(ctx, kafka.Message{Key: []byte(o.ID), Value: payload}); err != nil {
			return fmt.Errorf("write %s: %w", o.ID, err)
		}
		if err := e.in.CommitMessages(ctx, m); err != nil {
			return fmt.Errorf("commit offset %d: %w", m.Offset, err)
		}
	}
}

// Stats reports the reader's lag; the second value of the type assertion is a bool.
func (e *Enricher) Stats() (int64, bool) {
	var v any = e.in.Stats().Lag
	lag, ok := v.(int64)
	return lag, ok
}
