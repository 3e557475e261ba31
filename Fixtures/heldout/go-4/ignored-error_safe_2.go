package export

import (
	"bufio"
	"fmt"
	"os"
)

type Row struct {
	SKU   string
	Count int
}

// WriteReport writes rows to path; a failed close is reported unless an
// earlier error already is.
func WriteReport(path string, rows []Row) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	for _, r := range rows {
		if _, err := fmt.Fprintf(bw, "%s,%d\n", r.SKU, r.Count); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Totals sums counts per SKU; the comma-ok form only discards a found flag.
func Totals(rows []Row) map[string]int {
	out := make(map[string]int)
	for _, r := range rows {
		prev, _ := out[r.SKU]
		out[r.SKU] = prev + r.Count
	}
	return out
}
