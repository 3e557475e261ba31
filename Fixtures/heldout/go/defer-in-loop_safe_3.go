package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/lib/pq"
)

type order struct {
	ID    int64
	Total float64
}

func writeCSV(path string, orders []order) (err error) {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()

	w := bufio.NewWriter(out)
	for _, o := range orders {
		if _, err := fmt.Fprintf(w, "%d,%.2f\n", o.ID, o.Total); err != nil {
			return err
		}
	}
	return w.Flush()
}

// exportOrders writes each active customer's orders to its own CSV file.
func exportOrders(db *sql.DB, dir string) error {
	rows, err := db.Query(`SELECT c.id, o.id, o.total
		FROM customers c JOIN orders o ON o.customer_id = c.id
		WHERE c.active ORDER BY c.id, o.id`)
	if err != nil {
		return err
	}
	defer rows.Close() // deferred once, before the loop

	byCustomer := make(map[int64][]order)
	for rows.Next() {
		var cid int64
		var o order
		if err := rows.Scan(&cid, &o.ID, &o.Total); err != nil {
			return err
		}
		byCustomer[cid] = append(byCustomer[cid], o)
	}
	if err := rows.Err(); err != nil {
		return err
	}

	for cid, orders := range byCustomer {
		if err := writeCSV(filepath.Join(dir, fmt.Sprintf("customer-%d.csv", cid)), orders); err != nil {
			return err
		}
	}
	return nil
}

func handle(conn net.Conn) {
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		log.Printf("deadline: %v", err)
		return
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return
	}
	if strings.TrimSpace(line) == "status" {
		if _, err := conn.Write([]byte("OK\n")); err != nil {
			log.Printf("write: %v", err)
		}
	}
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
		go func(c net.Conn) {
			defer func() {
				if r := recover(); r != nil {
					log.Printf("panic in status handler: %v", r)
				}
			}()
			handle(c)
		}(conn)
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
