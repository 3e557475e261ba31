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

const insertRefund = "INSERT INTO refunds (order_ref, reason) VALUES ($1, $2)"

func (h *refundHandler) HandleMessage(m *nsq.Message) error {
	var ev refundEvent
	if err := json.Unmarshal(m.Body, &ev); err != nil {
		return err
	}
	if _, err := h.db.Exec(insertRefund, ev.OrderRef, ev.Reason); err != nil {
		return err
	}
	log.Printf("refund recorded for %s", ev.OrderRef)
	return nil
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
