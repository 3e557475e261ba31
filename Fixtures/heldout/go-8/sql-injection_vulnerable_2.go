package main

import (
	"database/sql"
	"encoding/json"
	"log"

	_ "github.com/lib/pq"
	"github.com/nsqio/go-nsq"
)

type refundEvent struct {
	OrderRef string `json:"order_ref"`
	Reason   string `json:"reason"`
}

type refundHandler struct {
	db *sql.DB
}

func (h *refundHandler) HandleMessage(m *nsq.Message) error {
	var ev refundEvent
	if err := json.Unmarshal(m.Body, &ev); err != nil {
		return err
	}
	stmt := buildRefund(ev)
	if _, err := h.db.Exec(stmt); err != nil { // expect: sql-injection
		return err
	}
	log.Printf("refund recorded for %s", ev.OrderRef)
	return nil
}

func buildRefund(ev refundEvent) string {
	var b []byte
	b = append(b, "INSERT INTO refunds (order_ref, reason) VALUES ('"...)
	b = append(b, ev.OrderRef...)
	b = append(b, "', '"...)
	b = append(b, ev.Reason...)
	b = append(b, "')"...)
	return string(b)
}

func main() {
	db, err := sql.Open("postgres", "dbname=shop sslmode=disable")
	if err != nil {
		log.Fatal(err)
	}
	consumer, err := nsq.NewConsumer("refunds", "ledger", nsq.NewConfig())
	if err != nil {
		log.Fatal(err)
	}
	consumer.AddHandler(&refundHandler{db: db})
	if err := consumer.ConnectToNSQLookupd("127.0.0.1:4161"); err != nil {
		log.Fatal(err)
	}
	<-consumer.StopChan
}
