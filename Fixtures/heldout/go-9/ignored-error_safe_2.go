package meter

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Reading struct {
	Meter string
	KWh   float64
}

// Import reads a utility export where each line is "meter;kwh".
func Import(path string) ([]Reading, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var out []Reading
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		meter, value, ok := strings.Cut(sc.Text(), ";")
		if !ok {
			continue
		}
		kwh, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, Reading{Meter: meter, KWh: kwh})
	}
	return out, sc.Err()
}

// Export writes the readings as CSV for the billing system.
func Export(path string, rows []Reading) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := csv.NewWriter(f)
	for _, r := range rows {
		if err := w.Write([]string{r.Meter, strconv.FormatFloat(r.KWh, 'f', 3, 64)}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}
