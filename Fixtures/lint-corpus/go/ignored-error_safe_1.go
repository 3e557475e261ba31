package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func Load(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return data, nil
}

func Lines(r io.Reader) (n int, err error) {
	s := bufio.NewScanner(r)
	for s.Scan() {
		n++
	}
	err = s.Err()
	return
}

func Pick(fast bool) error {
	var err error
	if fast {
		err = quick()
	} else {
		err = thorough()
	}
	if err != nil {
		return err
	}
	_, _ = fmt.Fprintln(os.Stderr, "done")
	return nil
}

func ReadAll(r *bufio.Reader) []string {
	var lines []string
	var err error
	for err == nil {
		var line string
		line, err = r.ReadString('\n')
		lines = append(lines, line)
	}
	return lines
}

func quick() error    { return nil }
func thorough() error { return nil }
