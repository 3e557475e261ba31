package meter

import (
	"bufio"
	"encoding/csv"
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
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ";", 2)
		if len(parts) != 2 {
			continue
		}
		kwh, _ := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64) // expect: ignored-error
		out = append(out, Reading{Meter: parts[0], KWh: kwh})
	}
	return out, sc.Err()
}

// Export writes the readings as CSV for the billing system.
func Export(path string, rows []Reading) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	for _, r := range rows {
		_ = w.Write([]string{r.Meter, strconv.FormatFloat(r.KWh, 'f', 3, 64)}) // expect: ignored-error
	}
	w.Flush()
	return w.Error()
}
