package main

import (
	"context"
	"io/fs"
	"log"
	"net/http"
	"os"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

var workspace = os.DirFS("/var/lib/notebook/docs")

type rpcCall struct {
	Method string `json:"method"`
	Path   string `json:"path"`
}

type rpcReply struct {
	OK    bool   `json:"ok"`
	Text  string `json:"text,omitempty"`
	Error string `json:"error,omitempty"`
}

func dispatch(call rpcCall) rpcReply {
	if !fs.ValidPath(call.Path) {
		return rpcReply{Error: "invalid path"}
	}
	switch call.Method {
	case "open":
		data, err := fs.ReadFile(workspace, call.Path)
		if err != nil {
			return rpcReply{Error: err.Error()}
		}
		return rpcReply{OK: true, Text: string(data)}
	case "list":
		entries, err := fs.ReadDir(workspace, call.Path)
		if err != nil {
			return rpcReply{Error: err.Error()}
		}
		return rpcReply{OK: true, Text: entries[0].Name()}
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
