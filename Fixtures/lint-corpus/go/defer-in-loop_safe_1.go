package files

import (
	"io"
	"net"
	"os"
)

func TotalSize(paths []string) (int64, error) {
	var total int64
	for _, p := range paths {
		n, err := size(p)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func size(p string) (int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(io.Discard, f)
}

func Serve(l net.Listener, handle func(net.Conn)) {
	defer l.Close()
	for {
		conn, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer conn.Close()
			handle(conn)
		}()
	}
}

func Each(paths []string, fn func(*os.File)) {
	for _, p := range paths {
		func() {
			f, err := os.Open(p)
			if err != nil {
				return
			}
			defer f.Close()
			fn(f)
		}()
	}
}
