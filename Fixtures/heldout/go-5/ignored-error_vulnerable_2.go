package pipeline

import (
	"context"
	"encoding/json"
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
		_ = e.out.WriteMessages(ctx, kafka.Message{Key: []byte(o.ID), Value: payload}) // expect: ignored-error
		_ = e.in.CommitMessages(ctx, m)                                                // expect: ignored-error
	}
}
