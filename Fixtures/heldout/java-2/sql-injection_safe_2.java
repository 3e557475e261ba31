package com.acme.shop.order;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OrderMapper {

    @Select("SELECT id, customer_id, status, total FROM orders WHERE status = #{status} ORDER BY created_at DESC")
    List<Order> findByStatus(@Param("status") String status);

    @Select("SELECT id, customer_id, status, total FROM orders WHERE customer_id = #{customerId} LIMIT #{limit}")
    List<Order> recentForCustomer(@Param("customerId") long customerId, @Param("limit") int limit);

    @Delete({
        "<script>",
        "DELETE FROM orders WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
        "</script>"
    })
    int deleteMany(@Param("ids") List<Long> ids);
}
