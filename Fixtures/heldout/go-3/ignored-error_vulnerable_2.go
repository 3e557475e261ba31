package export

import (
	"bufio"
	"database/sql"
	"encoding/csv"
	"os"
	"strconv"
)

// WriteOrders dumps the orders table to a CSV file.
func WriteOrders(db *sql.DB, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	w := csv.NewWriter(bw)
	rows, err := db.Query("SELECT id, customer, total FROM orders ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var customer string
		var total float64
		if err := rows.Scan(&id, &customer, &total); err != nil {
			return err
		}
		err = w.Write([]string{strconv.FormatInt(id, 10), customer, strconv.FormatFloat(total, 'f', 2, 64)}) // expect: ignored-error
	}
	w.Flush()
	err = bw.Flush() // expect: ignored-error
	err = f.Sync()
	if err != nil {
		return err
	}
	return rows.Err()
}
