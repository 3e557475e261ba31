package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"log"
	"net"
	"os"
	"strings"
	"time"

	_ "github.com/lib/pq"
)

// exportOrders writes each customer's orders to its own CSV file.
func exportOrders(db *sql.DB, dir string) error {
	customers, err := db.Query("SELECT id FROM customers WHERE active")
	if err != nil {
		return err
	}
	defer customers.Close()

	for customers.Next() {
		var id int64
		if err := customers.Scan(&id); err != nil {
			return err
		}

		orders, err := db.Query("SELECT id, total FROM orders WHERE customer_id = $1", id)
		if err != nil {
			return err
		}
		defer orders.Close() // expect: defer-in-loop

		out, err := os.Create(fmt.Sprintf("%s/customer-%d.csv", dir, id))
		if err != nil {
			return err
		}
		defer out.Close() // expect: defer-in-loop

		w := bufio.NewWriter(out)
		for orders.Next() {
			var oid int64
			var total float64
			if err := orders.Scan(&oid, &total); err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "%d,%.2f\n", oid, total); err != nil {
				return err
			}
		}
		if err := orders.Err(); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return customers.Err()
}

// serveStatus answers "status" on a TCP port for the legacy monitor.
func serveStatus(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()

	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		defer conn.Close() // expect: defer-in-loop

		if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
			log.Printf("deadline: %v", err)
			continue
		}
		line, err := bufio.NewReader(conn).ReadString('\n')
		if err != nil {
			continue
		}
		if strings.TrimSpace(line) == "status" {
			if _, err := conn.Write([]byte("OK\n")); err != nil {
				log.Printf("write: %v", err)
			}
		}
	}
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	if err := exportOrders(db, "exports"); err != nil {
		log.Fatal(err)
	}
	log.Fatal(serveStatus("127.0.0.1:7070"))
}
