package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

const workspace = "/var/lib/notebook/docs"

type rpcCall struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Text   string `json:"text"`
}

type rpcReply struct {
	OK    bool   `json:"ok"`
	Text  string `json:"text,omitempty"`
	Error string `json:"error,omitempty"`
}

func dispatch(call rpcCall) rpcReply {
	target := filepath.Join(workspace, call.Path)
	switch call.Method {
	case "open":
		data, err := os.ReadFile(target) // expect: path-traversal
		if err != nil {
			return rpcReply{Error: err.Error()}
		}
		return rpcReply{OK: true, Text: string(data)}
	case "save":
		if err := os.WriteFile(target, []byte(call.Text), 0o644); err != nil { // expect: path-traversal
			return rpcReply{Error: err.Error()}
		}
		return rpcReply{OK: true}
	}
	return rpcReply{Error: "unknown method"}
}

func serve(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	ctx := context.Background()
	for {
		var call rpcCall
		if err := wsjson.Read(ctx, c, &call); err != nil {
			return
		}
		if err := wsjson.Write(ctx, c, dispatch(call)); err != nil {
			return
		}
	}
}

func main() {
	http.HandleFunc("/rpc", serve)
	log.Fatal(http.ListenAndServe("127.0.0.1:7070", nil))
}
