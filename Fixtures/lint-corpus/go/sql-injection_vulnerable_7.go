package server

import (
	"context"
	"database/sql"

	pb "example.com/shop/gen/shop/v1"
)

type ShopServer struct {
	pb.UnimplementedShopServer
	db *sql.DB
}

// A gRPC method: the request message is what the client sent.
func (s *ShopServer) FindOrders(ctx context.Context, in *pb.FindOrdersRequest) (*pb.FindOrdersResponse, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM orders WHERE customer = '"+in.Customer+"'") // expect: sql-injection
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return &pb.FindOrdersResponse{}, nil
}
